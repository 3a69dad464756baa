"""p1538-6: department site without dateline (Trung tâm Khuyến công Hà Nội): forging villages, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Khuyến công | Làng nghề | Liên hệ

Nâng cao năng lực sản xuất cho các làng nghề rèn nông cụ

Hà Nội hiện có 7 làng nghề rèn, trong đó 4 làng được công nhận làng nghề truyền thống, với khoảng 1.860 hộ làm nghề, thu hút trên 3.900 lao động. Sản phẩm chủ yếu là cuốc, xẻng, liềm, dao, kéo, tập trung ở quận Hà Đông và các huyện Thanh Oai, Ứng Hòa.

Sản lượng nông cụ cầm tay của các làng nghề rèn
Đơn vị tính: nghìn chiếc
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Quận Hà Đông
612
645
680
Huyện Thanh Oai
274
290
305
Huyện Ứng Hòa
158
151
160
Tổng số
1.044
1.086
1.145

Năm 2024, Trung tâm đã hỗ trợ 14 cơ sở rèn đầu tư máy búa hơi, máy cắt và lò nung dùng khí gas với tổng kinh phí 2,35 tỷ đồng; mỗi cơ sở được hỗ trợ tối đa 300 triệu đồng. Sau đầu tư, năng suất của các cơ sở tăng bình quân 25-30%, lượng than đá tiêu thụ giảm khoảng 40%.

Tại làng rèn Đa Sỹ (phường Kiến Hưng, quận Hà Đông), tính đến hết tháng 10/2024 có 38 lò chuyển sang lò nung dùng gas, chiếm 45% số lò trong làng. Năm 2025, Trung tâm dự kiến dành 3 tỷ đồng hỗ trợ khoảng 20 cơ sở và tổ chức 2 lớp đào tạo nghề rèn cho 60 học viên.

Tin cùng chuyên mục:
- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp thành phố năm 2024
- Hướng dẫn hồ sơ đề nghị hỗ trợ kinh phí khuyến công

Địa chỉ: Số 331 đường Cầu Giấy, quận Cầu Giấy, Hà Nội | Điện thoại: 024.3834.7561
Lượt truy cập: 1.204.557 | Đang online: 23
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
OCT = per("tính đến hết tháng 10/2024", None, "2024-10-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]


def cells():
    rows = [("Quận Hà Đông", "Hà Đông", ["612", "645", "680"]),
            ("Huyện Thanh Oai", "Thanh Oai", ["274", "290", "305"]),
            ("Huyện Ứng Hòa", "Ứng Hòa", ["158", "151", "160"]),
            ("Tổng số", None, ["1.044", "1.086", "1.145"])]
    out = []
    for label, place, nums in rows:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {}
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
            head = "sản lượng nông cụ cầm tay" if place else "tổng số sản lượng nông cụ cầm tay"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                           subject=f"{head} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 7 làng nghề", "7", 7, "count", "làng nghề", subject="làng nghề rèn"),
    fig("4 làng", "4", 4, "count", "làng", total=7, subject="làng được công nhận làng nghề truyền thống"),
    fig("khoảng 1.860 hộ", "1.860", 1860, "count", "hộ", approx="about", subject="hộ làm nghề rèn"),
    fig("trên 3.900 lao động", "3.900", 3900, "count", "lao động", approx="over",
        subject="lao động các làng nghề rèn thu hút"),
] + cells() + [
    fig("hỗ trợ 14 cơ sở", "14", 14, "count", "cơ sở",
        subject="cơ sở rèn được Trung tâm hỗ trợ đầu tư", period=Y24),
    fig("phí 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y24),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
        subject="kinh phí hỗ trợ mỗi cơ sở", period=Y24),
    fig("bình quân 25-30%", "25", 25, "percent", "%", value_max=30, subject="năng suất của các cơ sở"),
    fig("giảm khoảng 40%", "40", 40, "percent", "%", approx="about", subject="lượng than đá tiêu thụ"),
    fig("có 38 lò", "38", 38, "count", "lò", percent=45,
        subject="lò chuyển sang lò nung dùng gas", period=OCT, location="Hà Đông"),
    fig("dành 3 tỷ", "3", 3e9, "money", "đồng", status="forecast",
        subject="kinh phí Trung tâm dành hỗ trợ cơ sở", period=Y25),
    fig("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở được hỗ trợ", period=Y25),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", status="forecast",
        subject="lớp đào tạo nghề rèn", period=Y25),
    fig("cho 60 học viên", "60", 60, "count", "học viên", status="forecast",
        subject="học viên lớp đào tạo nghề rèn", period=Y25),
]

NOTES = [
    "Department site (Trung tâm Khuyến công Hà Nội), no dateline: menu, 'Tin cùng chuyên mục', address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 331 đường Cầu Giấy', phone 024.3834.7561, counters 1.204.557 and 23, 'năm 2024' in a link title, 'phường Kiến Hưng'.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (×1000, unit chiếc, kind count); rows are districts → location of the cell",
    "(Hà Đông, Thanh Oai, Ứng Hòa), 'Tổng số' → Hà Nội (default). Subject = caption indicator + column label; period from the column;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'7 làng nghề rèn, trong đó 4 làng' → total 7. No dateline and no year in the opening: present counts have no period.",
    "'mỗi cơ sở được hỗ trợ tối đa 300 triệu đồng' → at_most, unit đồng/cơ sở; the clause after ';' keeps 'Năm 2024'.",
    "'tăng bình quân 25-30%', 'giảm khoảng 40%' are rates as the claim: percent figures, no change, no period.",
    "Đa Sỹ is in quận Hà Đông: '38 lò ... chiếm 45% số lò trong làng' → location Hà Đông, percent 45, as-of period end 2024-10-31.",
    "'Năm 2025, Trung tâm dự kiến ...' governs the four figures of its sentence: forecast, period 2025.",
]

if __name__ == "__main__":
    write("p1538-6", TEXT, NOTES, FIGS, location="Hà Nội")
