"""p634-3: Phòng TN&MT huyện Đức Hòa (Long An) formal report — kết quả thực hiện KHSDĐ 9 tháng năm 2024, flattened | table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND HUYỆN ĐỨC HÒA
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 1247/BC-TNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Hòa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện kế hoạch sử dụng đất 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công trình, dự án
Kế hoạch sử dụng đất năm 2024 của huyện (phê duyệt tại Quyết định số 1985/QĐ-UBND ngày 05/3/2024 của UBND tỉnh Long An) gồm 74 công trình, dự án với tổng diện tích 1.286,5 ha; trong đó, đến ngày 30/9/2024 có 27 công trình đã hoàn thành, 19 công trình đang thực hiện và 28 công trình chưa thực hiện.

2. Chỉ tiêu sử dụng đất
Bảng 1. Kết quả thực hiện một số chỉ tiêu đến ngày 30/9/2024
Chỉ tiêu | Kế hoạch năm 2024 (ha) | Thực hiện (ha) | Tỷ lệ (%)
Đất nông nghiệp chuyển sang phi nông nghiệp | 642,8 | 231,4 | 36,0
Trong đó: Đất trồng lúa | 318,6 | 97,25 | 30,5
Đất rừng sản xuất | 12,5 | 0 | 0
Đất khu công nghiệp | 410,2 | 168,9 | 41,2
Đất ở tại nông thôn | 56,3 | 22,7 | 40,3

II. ĐÁNH GIÁ
Tỷ lệ thực hiện về số công trình đạt 36,5%, tăng 4,3 điểm phần trăm so với cùng kỳ năm 2023. Thu tiền sử dụng đất 9 tháng ước đạt 412,7 tỷ đồng, bằng 58,9% dự toán năm. Khó khăn chủ yếu là công tác bồi thường tại dự án đường Vành đai 4 và Khu công nghiệp Hựu Thạnh.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành thêm ít nhất 15 công trình, đưa tỷ lệ thực hiện cả năm đạt trên 55%.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
D30 = per("đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    ("Đất nông nghiệp chuyển sang phi nông nghiệp", "nông nghiệp | 642,8", "642,8", 642.8, "| 231,4", "231,4", 231.4, "| 36,0", "36,0", 36.0, None),
    ("Đất trồng lúa", "lúa | 318,6", "318,6", 318.6, "| 97,25", "97,25", 97.25, "| 30,5", "30,5", 30.5, (642.8, 231.4)),
    ("Đất rừng sản xuất", "| 12,5", "12,5", 12.5, "12,5 | 0 |", "0", 0, "| 0\nĐất khu", "0", 0, None),
    ("Đất khu công nghiệp", "| 410,2", "410,2", 410.2, "| 168,9", "168,9", 168.9, "| 41,2", "41,2", 41.2, None),
    ("Đất ở tại nông thôn", "| 56,3", "56,3", 56.3, "| 22,7", "22,7", 22.7, "| 40,3", "40,3", 40.3, None),
]

FIGS = [
    fig("gồm 74 công trình", "74", 74, "count", "công trình, dự án",
        "công trình, dự án trong kế hoạch sử dụng đất", Y24, status="target"),
    fig("1.286,5 ha", "1.286,5", 1286.5, "measure", "ha",
        "tổng diện tích kế hoạch sử dụng đất", Y24, status="target"),
    fig("có 27 công trình", "27", 27, "count", "công trình",
        "công trình đã hoàn thành", D30, total=74),
    fig(", 19 công trình", "19", 19, "count", "công trình",
        "công trình đang thực hiện", D30, total=74),
    fig("và 28 công trình", "28", 28, "count", "công trình",
        "công trình chưa thực hiện", D30, total=74),
]
for label, a1, n1, v1, a2, n2, v2, a3, n3, v3, tot in ROWS:
    FIGS.append(fig(a1, n1, v1, "measure", "ha", f"{label} kế hoạch năm 2024", KH,
                    status="target", **({"total": tot[0]} if tot else {})))
    FIGS.append(fig(a2, n2, v2, "measure", "ha", f"{label} thực hiện", inh(D30),
                    **({"total": tot[1]} if tot else {})))
    FIGS.append(fig(a3, n3, v3, "percent", "%", f"tỷ lệ thực hiện {label}", inh(D30)))
FIGS += [
    fig("đạt 36,5%", "36,5", 36.5, "percent", "%",
        "tỷ lệ thực hiện về số công trình", inh(M9),
        change=chg("increase", 4.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    fig("412,7 tỷ đồng", "412,7", 412.7e9, "money", "đồng",
        "thu tiền sử dụng đất", M9, percent=58.9, status="estimate"),
    fig("ít nhất 15 công trình", "15", 15, "count", "công trình",
        "công trình hoàn thành thêm", inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31")),
        approx="at_least", status="target"),
    fig("trên 55%", "55", 55, "percent", "%",
        "tỷ lệ thực hiện cả năm", inh(Y24), approx="over", status="target"),
]

NOTES = [
    "Formal report, Phòng TN&MT huyện Đức Hòa (Long An), Số: 1247/BC-TNMT, 08/10/2024: KHSDĐ 9 tháng năm 2024, flattened '|' table (units in headers).",
    "Not figures: Số: 1247/BC-TNMT, Quyết định số 1985/QĐ-UBND ngày 05/3/2024, Bảng 1, section numbers I./II./III./1./2., Vành đai 4, QUÝ IV/2024 heading.",
    "Plan contents after 'Kế hoạch … gồm' are target; the '; trong đó, đến ngày 30/9/2024 có 27 …' parts are actual with their own as-of date, total 74.",
    "Table: every cell a figure, no attributes between cells (as shared h23) except the 'Trong đó: Đất trồng lúa' row, whose plan and result cells",
    "take the row above as total. Kế hoạch column: target, period from the header (scored); Thực hiện/Tỷ lệ: actual, as-of from the table title (inherited).",
    "'36,5%, tăng 4,3 điểm phần trăm so với cùng kỳ': a level with a change (not a growth rate). '9 tháng ước đạt 412,7 tỷ … bằng 58,9% dự toán năm': estimate + percent.",
]

if __name__ == "__main__":
    write("p634-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Đức Hòa")
