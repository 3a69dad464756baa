"""p1202-7: department site (Sở NN&PTNT Bến Tre), no dateline; shrimp insurance by district, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Bảo hiểm tôm nuôi nước lợ: tỷ lệ tham gia còn thấp

Toàn tỉnh hiện có khoảng 7.850 ha nuôi tôm nước lợ thâm canh, siêu thâm canh, tập trung ở ba huyện ven biển. Năm 2024, diện tích tôm nuôi được bảo hiểm đạt 512,6 ha, tăng 23,5% so với năm 2023 nhưng chỉ chiếm 6,5% diện tích nuôi.

Diện tích tôm nuôi được bảo hiểm phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2023
Năm 2024
Ba Tri
128,4
154,2
Bình Đại
176,3
221,9
Thạnh Phú
110,4
136,5
Tổng số
415,1
512,6

Mức phí bảo hiểm tôm từ 4% đến 6% số tiền bảo hiểm; ngân sách hỗ trợ 90% phí cho hộ nghèo, cận nghèo và 20% cho hộ khác. Năm 2024, các doanh nghiệp bảo hiểm đã bồi thường 1,74 tỷ đồng cho 63 hộ có tôm chết do môi trường nước biến động, bình quân khoảng 27,6 triệu đồng/hộ.

Năm 2025, Sở phấn đấu nâng diện tích tôm nuôi được bảo hiểm lên 700 ha, trong đó huyện Bình Đại khoảng 300 ha.

Bài viết liên quan:
- Tập huấn quy trình nuôi tôm 2 giai đoạn
- Sơ kết sản xuất vụ lúa Đông Xuân 2024-2025

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Địa chỉ: Số 7 đường Cách Mạng Tháng Tám, phường An Hội, TP Bến Tre
Điện thoại: 0275.3822.274
Lượt truy cập: 2.784.519 | Đang online: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "diện tích tôm nuôi được bảo hiểm"


def cell(anchor, number, value, row, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24}[col]
    kw = {"location": row} if row != "tổng số" else {}
    subj = f"{CAP} {col.lower()}" if row != "tổng số" else f"{CAP} tổng số {col.lower()}"
    return F(anchor, number, value, "measure", "ha", subject=subj, period=per, **kw)


FIGS = [
    F("khoảng 7.850 ha", "7.850", 7850, "measure", "ha", approx="about",
      subject="diện tích nuôi tôm nước lợ thâm canh, siêu thâm canh"),
    F("ở ba huyện", "ba", 3, "count", "huyện",
      subject="huyện ven biển nuôi tôm nước lợ"),
    F("đạt 512,6 ha", "512,6", 512.6, "measure", "ha", percent=6.5,
      change=C("increase", 23.5, "%", "năm 2023"),
      subject=CAP, period=Y24),
    cell("Ba Tri\n128,4", "128,4", 128.4, "Ba Tri", "Năm 2023"),
    cell("128,4\n154,2", "154,2", 154.2, "Ba Tri", "Năm 2024"),
    cell("Bình Đại\n176,3", "176,3", 176.3, "Bình Đại", "Năm 2023"),
    cell("176,3\n221,9", "221,9", 221.9, "Bình Đại", "Năm 2024"),
    cell("Thạnh Phú\n110,4", "110,4", 110.4, "Thạnh Phú", "Năm 2023"),
    cell("110,4\n136,5", "136,5", 136.5, "Thạnh Phú", "Năm 2024"),
    cell("Tổng số\n415,1", "415,1", 415.1, "tổng số", "Năm 2023"),
    cell("415,1\n512,6", "512,6", 512.6, "tổng số", "Năm 2024"),
    F("từ 4% đến 6%", "4", 4, "percent", "%", value_max=6,
      subject="mức phí bảo hiểm tôm"),
    F("hỗ trợ 90% phí", "90", 90, "percent", "%",
      subject="mức ngân sách hỗ trợ phí cho hộ nghèo, cận nghèo"),
    F("20% cho hộ khác", "20", 20, "percent", "%",
      subject="mức ngân sách hỗ trợ phí cho hộ khác"),
    F("bồi thường 1,74 tỷ", "1,74", 1.74e9, "money", "đồng",
      subject="tiền bồi thường bảo hiểm tôm", period=Y24),
    F("cho 63 hộ", "63", 63, "count", "hộ",
      subject="hộ có tôm chết được bồi thường", period=Y24),
    F("khoảng 27,6 triệu", "27,6", 27.6e6, "money", "đồng/hộ", approx="about",
      subject="tiền bồi thường bình quân", period=Y24),
    F("lên 700 ha", "700", 700, "measure", "ha", status="target",
      subject=CAP, period=Y25),
    F("khoảng 300 ha", "300", 300, "measure", "ha", approx="about", status="target", total=700,
      subject=CAP, period=Y25, location="Bình Đại"),
]

NOTES = [
    "Department site (Sở NN&PTNT Bến Tre), no dateline: no published. Footer address, phone, 'Lượt truy cập: 2.784.519 | Đang online: 41'.",
    "Distractors: counters, phone 0275.3822.274, 'Số 7 đường Cách Mạng Tháng Tám', related-link titles ('nuôi tôm 2 giai đoạn', 'vụ lúa Đông Xuân 2024-2025').",
    "One-cell-per-line table, 'Đơn vị tính: ha', rows are districts: the row label goes to location, the subject is the caption's indicator",
    "plus the column label; period from the column header (scored). 'Tổng số' row: location Bến Tre (default), subject adds 'tổng số'.",
    "512,6 ha: change 23,5% vs năm 2023, share 6,5% ('chiếm'). 'ba huyện' is a number word (count). 'hiện có khoảng 7.850 ha': no period.",
    "Year 2025 plan: 'phấn đấu … lên 700 ha, trong đó huyện Bình Đại khoảng 300 ha' → both target, 300 is part of 700 (Bình Đại).",
]

if __name__ == "__main__":
    write("p1202-7", TEXT, NOTES, FIGS, published=None, location="Bến Tre")
