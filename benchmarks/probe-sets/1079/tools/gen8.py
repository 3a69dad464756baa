"""p1079-8: provincial newspaper online (Báo Long An), headline figure, (BLA) tag; hộ hội viên thoát nghèo 2020-2024."""
from lib import Fig, per, chg, tgt, build

TEXT = """
Báo Long An điện tử
Thứ Sáu, 07/03/2025 - 15:40

Hơn 1.100 hộ hội viên cựu chiến binh thoát nghèo

(BLA) - Giai đoạn 2020-2024, từ nguồn vốn ủy thác và phong trào giúp nhau làm kinh tế, Hội Cựu chiến binh tỉnh Long An đã giúp 1.137 hộ hội viên thoát nghèo, vượt 13,7% so với chỉ tiêu 1.000 hộ mà Nghị quyết Đại hội đề ra. Các địa phương làm tốt là Đức Hòa (156 hộ), Cần Giuộc (132 hộ) và Bến Lức (118 hộ).

Riêng năm 2024, các cấp Hội giúp 238 hộ hội viên thoát nghèo và trao 12 căn nhà "Nghĩa tình đồng đội" trị giá 720 triệu đồng. Tính đến ngày 28/2/2025, Hội CCB các cấp quản lý 194 tổ TK&VV, dư nợ 712,5 tỷ đồng với 17.460 hộ vay; tỷ lệ nợ quá hạn chỉ 0,04%. So với cuối năm 2019, dư nợ tăng gần 2,1 lần.

Toàn tỉnh có 2.356 mô hình kinh tế hiệu quả của hội viên, trong đó 418 mô hình có doanh thu từ 500 triệu đồng/năm trở lên; 32 doanh nghiệp và 57 hợp tác xã, tổ hợp tác của CCB thu hút hơn 2.800 lao động với thu nhập bình quân 6-9 triệu đồng/người/tháng.

Điển hình là trang trại nuôi bò của CCB Nguyễn Văn Bảy ở ấp 3, xã Mỹ Yên (Bến Lức), nằm ven Quốc lộ 1A, với đàn 60 con bò lai, mỗi năm thu lãi khoảng 600 triệu đồng.

Giai đoạn 2025-2030, Hội phấn đấu mỗi năm giúp ít nhất 150 hộ hội viên thoát nghèo, nâng dư nợ ủy thác lên 850 tỷ đồng vào năm 2030 và không còn hộ hội viên nghèo.

THANH HƯƠNG
"""

G = per("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
G_I = per("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31", inherited=True)
AS = per("Tính đến ngày 28/2/2025", None, "2025-02-28")
AS_I = per("Tính đến ngày 28/2/2025", None, "2025-02-28", inherited=True)
T = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    Fig("Hơn 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ hội viên cựu chiến binh thoát nghèo", approx="over"),
    Fig("giúp 1.137 hộ", "1.137", 1137, "count", "hộ", "hộ hội viên thoát nghèo", G,
        change=chg("increase", 13.7, "%", "chỉ tiêu"), target=tgt(1000, "hộ", met=True)),
    Fig("giúp 238 hộ", "238", 238, "count", "hộ", "hộ hội viên thoát nghèo", per("Riêng năm 2024", "2024-01-01", "2024-12-31")),
    Fig("trao 12 căn nhà", "12", 12, "count", "căn nhà", "nhà \"Nghĩa tình đồng đội\" được trao",
        per("Riêng năm 2024", "2024-01-01", "2024-12-31")),
    Fig("trị giá 720 triệu đồng", "720", 720e6, "money", "đồng", "trị giá nhà \"Nghĩa tình đồng đội\"",
        per("Riêng năm 2024", "2024-01-01", "2024-12-31")),
    Fig("Đức Hòa (156 hộ)", "156", 156, "count", "hộ", "hộ hội viên thoát nghèo", G_I, location="Đức Hòa"),
    Fig("Cần Giuộc (132 hộ)", "132", 132, "count", "hộ", "hộ hội viên thoát nghèo", G_I, location="Cần Giuộc"),
    Fig("Bến Lức (118 hộ)", "118", 118, "count", "hộ", "hộ hội viên thoát nghèo", G_I, location="Bến Lức"),
    Fig("quản lý 194 tổ", "194", 194, "count", "tổ", "tổ TK&VV do Hội CCB các cấp quản lý", AS),
    Fig("dư nợ 712,5 tỷ đồng", "712,5", 712.5e9, "money", "đồng", "dư nợ tổ TK&VV", AS),
    Fig("với 17.460 hộ vay", "17.460", 17460, "count", "hộ", "hộ vay", AS),
    Fig("chỉ 0,04%", "0,04", 0.04, "percent", "%", "tỷ lệ nợ quá hạn", AS),
    Fig("gần 2,1 lần", "2,1", 2.1, "multiple", "lần", "dư nợ so với cuối năm 2019", approx="nearly"),
    Fig("có 2.356 mô hình", "2.356", 2356, "count", "mô hình", "mô hình kinh tế hiệu quả của hội viên"),
    Fig("trong đó 418 mô hình", "418", 418, "count", "mô hình", "mô hình có doanh thu từ 500 triệu đồng/năm trở lên",
        total=2356),
    Fig("từ 500 triệu đồng/năm", "500", 500e6, "money", "đồng/năm", "doanh thu của mô hình", approx="at_least",
        optional=True),
    Fig("32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", "doanh nghiệp của CCB"),
    Fig("57 hợp tác xã", "57", 57, "count", "hợp tác xã, tổ hợp tác", "hợp tác xã, tổ hợp tác của CCB"),
    Fig("hơn 2.800 lao động", "2.800", 2800, "count", "lao động", "lao động được thu hút", approx="over"),
    Fig("bình quân 6-9 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
        value_max=9e6),
    Fig("đàn 60 con", "60", 60, "count", "con bò lai", "đàn bò lai của trang trại", location="Bến Lức"),
    Fig("khoảng 600 triệu đồng", "600", 600e6, "money", "đồng", "lãi của trang trại nuôi bò mỗi năm",
        approx="about", location="Bến Lức"),
    Fig("ít nhất 150 hộ", "150", 150, "count", "hộ/năm", "hộ hội viên thoát nghèo mỗi năm", T,
        approx="at_least", status="target"),
    Fig("lên 850 tỷ đồng", "850", 850e9, "money", "đồng", "dư nợ ủy thác", per("vào năm 2030", "2030-01-01", "2030-12-31"),
        status="target"),
]

NOTES = [
    "Báo Long An điện tử: headline 'Hơn 1.100 hộ hội viên cựu chiến binh thoát nghèo', '(BLA) -' tag, dateline Thứ Sáu, 07/03/2025 - 15:40.",
    "Not figures: (BLA), Nghị quyết Đại hội (no number), ấp 3, Quốc lộ 1A, the name Nguyễn Văn Bảy, 'So với cuối năm 2019' (baseline),",
    "Giai đoạn 2020-2024 / 2025-2030 (periods), 15:40.",
    "'vượt 13,7% so với chỉ tiêu 1.000 hộ': the gap to plan is a change (baseline chỉ tiêu), the plan 1.000 hộ the target (met).",
    "The district list gets no total (156+132+118 is not 1.137). 'dư nợ tăng gần 2,1 lần' stands alone in its sentence: multiple.",
    "The farm lies in xã Mỹ Yên (Bến Lức): its figures take location Bến Lức. The headline figure has no period.",
    "'850 tỷ đồng vào năm 2030' -> the year 2030 (target); 'mỗi năm ... ít nhất 150 hộ' -> unit hộ/năm over Giai đoạn 2025-2030.",
]

build("p1079-8", TEXT, FIGS, published="2025-03-07", location="Long An", notes=NOTES)
