"""p720-8: provincial newspaper (Báo Lâm Đồng style, byline + time + date), household-business tax Q1/2025."""
from lib import F, P, I, CH, TG, emit

TEXT = """Lâm Đồng: Thu thuế từ hộ kinh doanh quý I tăng 12,5%

THU HÀ 07:15, 05/04/2025

(LĐ online) - Quý I/2025, thu ngân sách từ hộ, cá nhân kinh doanh trên địa bàn tỉnh Lâm Đồng đạt 186,3 tỷ đồng, bằng 24,7% dự toán năm, tăng 12,5% so với cùng kỳ năm 2024. Trong đó, thu từ hộ khoán đạt 71,8 tỷ đồng; hộ kê khai 94,2 tỷ đồng; cá nhân kinh doanh thương mại điện tử 20,3 tỷ đồng.

Toàn tỉnh hiện quản lý 29.417 hộ kinh doanh, trong đó 24.820 hộ nộp thuế khoán. Số hộ khoán ở TP. Đà Lạt, TP. Bảo Lộc và huyện Đức Trọng lần lượt là 7.935 hộ, 4.216 hộ và 2.684 hộ.

Về hóa đơn điện tử khởi tạo từ máy tính tiền, đến ngày 31/3/2025 có 1.152 hộ kinh doanh đăng ký sử dụng, tăng gần 3 lần so với cùng thời điểm năm trước. Doanh thu xuất hóa đơn trong quý I ước đạt 865 tỷ đồng.

Theo ông Trần Văn Quang, Trưởng phòng Quản lý hộ kinh doanh, Thuế tỉnh Lâm Đồng, từ ngày 1/6/2025, hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên thuộc các ngành bán lẻ, ăn uống, khách sạn phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền; dự kiến toàn tỉnh có khoảng 1.900-2.100 hộ thuộc diện này.

Cũng trong quý I, ngành thuế đã đôn đốc thu hồi 9,6 tỷ đồng nợ thuế của hộ kinh doanh; tổng nợ thuế khu vực này đến 31/3/2025 còn 38,4 tỷ đồng, giảm 7,1% so với đầu năm. Năm 2025, Thuế tỉnh phấn đấu thu từ khu vực hộ kinh doanh đạt 760 tỷ đồng.

Hộ kinh doanh cần hỗ trợ có thể liên hệ số 36 Trần Phú, Phường 4, TP. Đà Lạt hoặc gọi 0263.3822.154.
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("đến ngày 31/3/2025", end="2025-03-31")

FIGS = [
    F("quý I tăng 12,5%", "12,5", 12.5, "percent", "%", "thu thuế từ hộ kinh doanh",
      P("quý I", "2025-01-01", "2025-03-31")),
    F("đạt 186,3 tỷ đồng", "186,3", 186.3e9, "money", "đồng", "thu ngân sách từ hộ, cá nhân kinh doanh", Q1,
      percent=24.7, change=CH("increase", 12.5, "%", "cùng kỳ năm 2024")),
    F("đạt 71,8 tỷ đồng", "71,8", 71.8e9, "money", "đồng", "thu từ hộ khoán", I(Q1), total=186.3e9),
    F("kê khai 94,2 tỷ đồng", "94,2", 94.2e9, "money", "đồng", "thu từ hộ kê khai", I(Q1), total=186.3e9),
    F("điện tử 20,3 tỷ đồng", "20,3", 20.3e9, "money", "đồng", "thu từ cá nhân kinh doanh thương mại điện tử", I(Q1),
      total=186.3e9),
    F("quản lý 29.417 hộ", "29.417", 29417, "count", "hộ kinh doanh", "hộ kinh doanh đang quản lý"),
    F("đó 24.820 hộ", "24.820", 24820, "count", "hộ", "hộ nộp thuế khoán", total=29417),
    F("là 7.935 hộ", "7.935", 7935, "count", "hộ", "hộ khoán", location="Đà Lạt"),
    F("4.216 hộ và", "4.216", 4216, "count", "hộ", "hộ khoán", location="Bảo Lộc"),
    F("và 2.684 hộ", "2.684", 2684, "count", "hộ", "hộ khoán", location="Đức Trọng"),
    F("có 1.152 hộ", "1.152", 1152, "count", "hộ kinh doanh",
      "hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF,
      change=CH("increase", 3, "lần", "cùng thời điểm năm trước", approx="nearly")),
    F("ước đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "doanh thu xuất hóa đơn từ máy tính tiền",
      P("trong quý I", "2025-01-01", "2025-03-31"), status="estimate"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu hộ kinh doanh phải dùng hóa đơn từ máy tính tiền",
      optional=True),
    F("khoảng 1.900-2.100 hộ", "1.900", 1900, "count", "hộ", "hộ thuộc diện phải sử dụng hóa đơn điện tử từ máy tính tiền",
      value_max=2100, approx="about", status="forecast"),
    F("thu hồi 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "nợ thuế của hộ kinh doanh thu hồi",
      P("trong quý I", "2025-01-01", "2025-03-31")),
    F("còn 38,4 tỷ đồng", "38,4", 38.4e9, "money", "đồng", "tổng nợ thuế khu vực hộ kinh doanh",
      P("đến 31/3/2025", end="2025-03-31"), change=CH("decrease", 7.1, "%", "đầu năm")),
    F("đạt 760 tỷ đồng", "760", 760e9, "money", "đồng", "thu từ khu vực hộ kinh doanh",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Provincial newspaper (Báo Lâm Đồng style): byline + time + date 'THU HÀ 07:15, 05/04/2025', tag '(LĐ online)'. Q1/2025.",
    "Headline growth 'tăng 12,5%' is a percent figure (no base in the headline); in the lead it is the change of 186,3 tỷ.",
    "'Trong đó' parts (71,8 + 94,2 + 20,3) total 186,3 tỷ; 'hiện quản lý' has no period. 'lần lượt' list: district/city as location.",
    "'tăng gần 3 lần so với cùng thời điểm năm trước' → change (lần, nearly). 'dự kiến … khoảng 1.900-2.100 hộ' → forecast range.",
    "'1 tỷ đồng/năm' threshold optional. Distractors: số 36 Trần Phú, Phường 4, phone, 'từ ngày 1/6/2025', time 07:15.",
]

if __name__ == "__main__":
    emit("p720-8", TEXT, COMMENTS, FIGS, published="2025-04-05", location="Lâm Đồng")
