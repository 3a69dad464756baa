"""p1042-2: district portal (huyện Nhơn Trạch, Đồng Nai), thu nợ tiền thuê đất quý I/2025."""
from lib import F, P, I, C, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHƠN TRẠCH - TỈNH ĐỒNG NAI
Trang chủ » Tin hoạt động » Kinh tế - Tài chính

Nhơn Trạch đôn đốc thu nợ tiền thuê đất

Ngày đăng: 14/04/2025 | Người đăng: Phòng Tài chính - Kế hoạch

Quý I/2025, Đội Thuế liên huyện Nhơn Trạch - Long Thành thu tiền thuê đất trên địa bàn huyện được 96,8 tỷ đồng, đạt 27,4% dự toán năm, tăng 5,1% so với cùng kỳ năm 2024. Thu tiền sử dụng đất đạt 41,2 tỷ đồng, chỉ bằng 9,8% dự toán do thị trường bất động sản còn trầm lắng.

Trên địa bàn huyện hiện có 9 khu công nghiệp như Nhơn Trạch 2, Nhơn Trạch 3, Nhơn Trạch 6 với tổng diện tích gần 3.700 ha, tỷ lệ lấp đầy bình quân 86%. Doanh nghiệp thuê lại đất trong khu công nghiệp nộp tiền thuê cho công ty hạ tầng, không nộp trực tiếp vào ngân sách.

Tính đến ngày 31/3/2025, có 37 tổ chức, doanh nghiệp còn nợ tiền thuê đất với tổng số tiền 52,3 tỷ đồng, tăng 6 đơn vị so với cuối năm 2024. Trong đó, 21 đơn vị nợ từ 1 năm trở lên với số tiền 39,7 tỷ đồng. Xã Phước Thiền và xã Hiệp Phước là hai địa phương có số nợ lớn nhất, lần lượt là 14,6 tỷ đồng và 11,2 tỷ đồng.

Năm 2025, huyện phấn đấu thu tiền thuê đất đạt 360 tỷ đồng. Dự kiến trong quý II, Đội Thuế sẽ phối hợp cưỡng chế 5 doanh nghiệp chây ì tại các xã dọc Hương lộ 19.

Mọi phản ánh xin liên hệ Phòng Tài chính - Kế hoạch huyện, điện thoại 0251.3521.046.
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến ngày 31/3/2025", None, "2025-03-31")
TY = 1e9

FIGS = [
    F("được 96,8 tỷ đồng", "96,8", 96.8 * TY, "money", "đồng", "thu tiền thuê đất", Q1,
      percent=27.4, change=C("increase", 5.1, baseline="cùng kỳ năm 2024")),
    F("đạt 41,2 tỷ đồng", "41,2", 41.2 * TY, "money", "đồng", "thu tiền sử dụng đất", I(Q1), percent=9.8),
    F("có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp", "khu công nghiệp trên địa bàn huyện"),
    F("gần 3.700 ha", "3.700", 3700, "measure", "ha", "tổng diện tích khu công nghiệp", approx="nearly"),
    F("bình quân 86%", "86", 86, "percent", "%", "tỷ lệ lấp đầy bình quân khu công nghiệp"),
    F("có 37 tổ chức", "37", 37, "count", "tổ chức, doanh nghiệp", "tổ chức, doanh nghiệp còn nợ tiền thuê đất",
      ASOF, change=C("increase", 6, unit="đơn vị", baseline="cuối năm 2024")),
    F("số tiền 52,3 tỷ đồng", "52,3", 52.3 * TY, "money", "đồng", "tổng số tiền nợ tiền thuê đất", ASOF),
    F("21 đơn vị", "21", 21, "count", "đơn vị", "đơn vị nợ từ 1 năm trở lên", I(ASOF), total=37),
    F("từ 1 năm trở lên", "1", 1, "measure", "năm", approx="at_least", optional=True),
    F("số tiền 39,7 tỷ đồng", "39,7", 39.7 * TY, "money", "đồng", "số tiền nợ từ 1 năm trở lên", I(ASOF),
      total=52.3 * TY),
    F("hai địa phương", "hai", 2, "count", "địa phương", optional=True),
    F("lần lượt là 14,6 tỷ đồng", "14,6", 14.6 * TY, "money", "đồng", "số nợ tiền thuê đất của xã Phước Thiền", I(ASOF)),
    F("11,2 tỷ đồng", "11,2", 11.2 * TY, "money", "đồng", "số nợ tiền thuê đất của xã Hiệp Phước", I(ASOF)),
    F("đạt 360 tỷ đồng", "360", 360 * TY, "money", "đồng", "thu tiền thuê đất",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("cưỡng chế 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp chây ì bị cưỡng chế",
      P("quý II", "2025-04-01", "2025-06-30"), status="forecast"),
]

COMMENTS = [
    "District portal (huyện Nhơn Trạch, Đồng Nai): thu tiền thuê đất quý I/2025, nợ tiền thuê đất as of 31/3/2025, targets.",
    "Distractors: KCN names 'Nhơn Trạch 2/3/6', 'Hương lộ 19', phone 0251.3521.046, 'Ngày đăng' date.",
    "'tăng 6 đơn vị so với cuối năm 2024' stands after 52,3 tỷ but counts units: it is the change of the 37 tổ chức.",
    "'hai địa phương' restates the list's length (optional).",
    "revised: commune list items (xã Phước Thiền, xã Hiệp Phước) now location Nhơn Trạch (location is province/city/district), commune in subject.",
    "'Dự kiến trong quý II' (year 2025 from the article) governs the 5 DN: forecast.",
]

if __name__ == "__main__":
    build("p1042-2", TEXT, FIGS, COMMENTS, published="2025-04-14", location="Nhơn Trạch")
