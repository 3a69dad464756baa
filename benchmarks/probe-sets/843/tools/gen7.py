"""p843-7: Sở LĐ-TB&XH Hà Giang department site, no dateline, one-cell-per-line table of supported victims."""
from lib import F, period, inherit, change, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả hỗ trợ nạn nhân bom mìn năm 2024

Thực hiện Kế hoạch số 215/KH-UBND của UBND tỉnh, năm 2024, Sở đã phối hợp với các địa phương rà soát, cập nhật thông tin của 1.286 nạn nhân bom mìn trên địa bàn tỉnh, tăng 23 người so với năm 2023 do bổ sung các trường hợp chưa được thống kê. Trong đó, nạn nhân tử vong 412 người, nạn nhân bị thương 874 người.

Tổng kinh phí hỗ trợ nạn nhân trong năm là 2,74 tỷ đồng, đạt 101,3% kế hoạch; trong đó ngân sách tỉnh 1,9 tỷ đồng, còn lại là nguồn xã hội hóa. Tỷ lệ nạn nhân có hoàn cảnh khó khăn được hỗ trợ đạt 92,5%, vượt 2,5 điểm phần trăm so với mục tiêu đề ra. Mức trợ cấp xã hội hằng tháng cho nạn nhân bị suy giảm khả năng lao động từ 61% trở lên là 540.000 đồng/người.

Số nạn nhân bom mìn được hỗ trợ tại một số địa phương trọng điểm:
Đơn vị tính: người
Địa phương
Năm 2023
Năm 2024
Kế hoạch 2025
Vị Xuyên
118
126
135
Yên Minh
71
78
84
Quản Bạ
89
94
102
Hoàng Su Phì
105
112
120
Tổng số
383
410
441

Năm 2025, Sở phấn đấu 100% nạn nhân bom mìn có nhu cầu được tiếp cận dịch vụ phục hồi chức năng; hỗ trợ sinh kế cho khoảng 200 hộ nạn nhân.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ GIANG
Địa chỉ: Số 256 đường Nguyễn Trãi, TP. Hà Giang
Điện thoại: 0219.3866.415 - Fax: 0219.3867.208
Tổng lượt truy cập: 1.284.617 | Đang trực tuyến: 37
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "nạn nhân bom mìn được hỗ trợ"


def row(loc, a, b, c, anchors):
    return [
        F(anchors[0], a, "count", "người", SUBJ + " năm 2023", C23, location=loc),
        F(anchors[1], b, "count", "người", SUBJ + " năm 2024", C24, location=loc),
        F(anchors[2], c, "count", "người", SUBJ + " kế hoạch 2025", C25, status="target", location=loc),
    ]


FIGS = [
    F("của 1.286 nạn nhân", "1.286", "count", "nạn nhân", "nạn nhân bom mìn được rà soát, cập nhật thông tin", Y24,
      change=change("increase", 23, "người", "năm 2023")),
    F("tử vong 412 người", "412", "count", "người", "nạn nhân tử vong", inherit(Y24), total=1286),
    F("bị thương 874 người", "874", "count", "người", "nạn nhân bị thương", inherit(Y24), total=1286),
    F("là 2,74 tỷ đồng", "2,74", "money", "đồng", "tổng kinh phí hỗ trợ nạn nhân",
      period("trong năm", "2024-01-01", "2024-12-31"), percent=101.3),
    F("ngân sách tỉnh 1,9 tỷ đồng", "1,9", "money", "đồng", "kinh phí hỗ trợ nạn nhân từ ngân sách tỉnh",
      period("trong năm", "2024-01-01", "2024-12-31"), total=2.74e9),
    F("đạt 92,5%", "92,5", "percent", "%", "tỷ lệ nạn nhân có hoàn cảnh khó khăn được hỗ trợ", inherit(Y24),
      change=change("increase", 2.5, "điểm phần trăm", "mục tiêu đề ra")),
    F("từ 61% trở lên", "61", "percent", "%", "mức suy giảm khả năng lao động", approx="at_least", optional=True),
    F("là 540.000 đồng/người", "540.000", "money", "đồng/người",
      "mức trợ cấp xã hội hằng tháng cho nạn nhân bị suy giảm khả năng lao động"),
    *row("Vị Xuyên", "118", "126", "135", ["Vị Xuyên\n118", "118\n126", "126\n135"]),
    *row("Yên Minh", "71", "78", "84", ["Yên Minh\n71", "71\n78", "78\n84"]),
    *row("Quản Bạ", "89", "94", "102", ["Quản Bạ\n89", "89\n94", "94\n102"]),
    *row("Hoàng Su Phì", "105", "112", "120", ["Hoàng Su Phì\n105", "105\n112", "112\n120"]),
    *row("Hà Giang", "383", "410", "441", ["Tổng số\n383", "383\n410", "410\n441"]),
    F("phấn đấu 100%", "100", "percent", "%",
      "nạn nhân bom mìn có nhu cầu được tiếp cận dịch vụ phục hồi chức năng", Y25, status="target"),
    F("khoảng 200 hộ", "200", "count", "hộ", "hộ nạn nhân được hỗ trợ sinh kế", Y25, approx="about",
      status="target"),
]

NOTES = [
    "Sở LĐ-TB&XH Hà Giang: no dateline (published absent); footer with address, phone/fax and visit counters.",
    "One-cell-per-line table (Đơn vị tính: người): header cells one per line, then each row's cells; every numeric",
    "cell is a figure, its period from the column header (scored), 'Kế hoạch 2025' → target; 'Tổng số' row is the",
    "province (location Hà Giang, no total). 'trong năm' takes 2024 from the sentence before. 'vượt 2,5 điểm phần",
    "trăm so với mục tiêu' is a change of 92,5% (gap to plan). '61% trở lên' is a category threshold (optional);",
    "the monthly allowance is a standing rule (no period). Distractors: Kế hoạch số 215/KH-UBND, Số 256 đường",
    "Nguyễn Trãi, phone/fax, Tổng lượt truy cập, Đang trực tuyến: 37.",
]

if __name__ == "__main__":
    write("p843-7", TEXT, FIGS, published=None, location="Hà Giang", notes=NOTES)
