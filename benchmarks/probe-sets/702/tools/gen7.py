"""p702-7: department site (Sở Công Thương Long An), no dateline, one-cell-per-line table with 'Đơn vị tính: nghìn tấn'."""
from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Sản xuất giấy, bao bì trên địa bàn tỉnh giai đoạn 2021-2023 và kế hoạch năm 2024

Long An hiện là một trong những địa phương tập trung nhiều nhà máy giấy, bao bì lớn của vùng Đồng bằng sông Cửu Long, chủ yếu tại các huyện Đức Hòa, Bến Lức và Cần Giuộc. Sản lượng một số sản phẩm chủ yếu như sau:

Đơn vị tính: nghìn tấn

Sản phẩm
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
Giấy bìa các loại
745,2
812,6
798,4
860
Bao bì carton
326,8
351,0
368,5
395
Bao bì nhựa
118,3
124,7
131,9
140

Năm 2023, giá trị sản xuất ngành giấy và sản phẩm từ giấy (giá so sánh 2010) đạt 21.436 tỷ đồng, chiếm khoảng 6,2% giá trị sản xuất công nghiệp toàn tỉnh. Toàn ngành có 214 doanh nghiệp, trong đó huyện Đức Hòa 96 doanh nghiệp, Bến Lức 71 doanh nghiệp, Cần Giuộc 47 doanh nghiệp.

Lượng giấy phế liệu được thu gom, tái chế bình quân đạt khoảng 3.200 tấn/ngày. Tỷ lệ doanh nghiệp có hệ thống xử lý nước thải đạt quy chuẩn đạt 100%.

Thực hiện Kế hoạch số 2456/KH-UBND, năm 2024 tỉnh phấn đấu nâng tỷ lệ giấy tái chế trong tổng nguyên liệu của ngành lên trên 75%; ưu tiên thu hút dự án công nghệ cao vào Khu công nghiệp Tân Đức, hạn chế dự án sử dụng nhiều nước và than đá.

Liên hệ: Phòng Quản lý công nghiệp - Sở Công Thương, 137 Nguyễn Đình Chiểu, Phường 1, TP Tân An; ĐT: 0272.3826.247.
Tổng số lượt truy cập: 2.481.306
"""

COLS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch 2024", "2024")]


def row(label, nums, prev):
    out = []
    for (head, year), n in zip(COLS, nums):
        anchor = f"{prev}\n{n}\n"
        kw = {"status": "target"} if head.startswith("Kế hoạch") else {}
        subj = f"{label} kế hoạch năm {year}" if kw else f"{label} năm {year}"
        out.append(F(anchor, n, round(float(n.replace(",", ".")) * 1000, 6), "measure", "tấn", subj,
                     P(head, f"{year}-01-01", f"{year}-12-31"), **kw))
        prev = n
    return out


FIGS = [
    *row("Giấy bìa các loại", ["745,2", "812,6", "798,4", "860"], "Giấy bìa các loại"),
    *row("Bao bì carton", ["326,8", "351,0", "368,5", "395"], "Bao bì carton"),
    *row("Bao bì nhựa", ["118,3", "124,7", "131,9", "140"], "Bao bì nhựa"),
    F("đạt 21.436 tỷ đồng", "21.436", 21436000000000, "money", "đồng",
      "giá trị sản xuất ngành giấy và sản phẩm từ giấy (giá so sánh 2010)", P("Năm 2023", "2023-01-01", "2023-12-31"),
      percent=6.2),
    F("có 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp", "doanh nghiệp ngành giấy"),
    F("Đức Hòa 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", "doanh nghiệp ngành giấy", total=214,
      location="Đức Hòa"),
    F("Bến Lức 71 doanh nghiệp", "71", 71, "count", "doanh nghiệp", "doanh nghiệp ngành giấy", total=214,
      location="Bến Lức"),
    F("Cần Giuộc 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", "doanh nghiệp ngành giấy", total=214,
      location="Cần Giuộc"),
    F("khoảng 3.200 tấn/ngày", "3.200", 3200, "measure", "tấn/ngày",
      "lượng giấy phế liệu được thu gom, tái chế bình quân", approx="about"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ doanh nghiệp có hệ thống xử lý nước thải đạt quy chuẩn"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ giấy tái chế trong tổng nguyên liệu của ngành",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Sở Công Thương Long An (department site, no dateline, visit counter in the footer): paper and packaging output 2021-2023, plan 2024.",
    "One-cell-per-line table under 'Đơn vị tính: nghìn tấn': values x10^3, unit tấn; period from each column header;",
    "'Kế hoạch 2024' column -> target. Row labels are products (subject), the place is the province.",
    "'chiếm khoảng 6,2%' after 21.436 tỷ đồng is that figure's share (percent attribute), not a figure of its own.",
    "revised after the first scoring: 6,2% had been annotated as a percent figure; FIGURES.md makes the share after 'chiếm' an attribute.",
    "The three districts after 'trong đó' add up to 214 -> total; districts go to location.",
    "Not figures: 'giai đoạn 2021-2023', 'giá so sánh 2010', Kế hoạch số 2456/KH-UBND, 137 Nguyễn Đình Chiểu, Phường 1, phone, 'Tổng số lượt truy cập: 2.481.306'.",
]

if __name__ == "__main__":
    emit("p702-7", TEXT, COMMENTS, FIGS, published=None, location="Long An")
