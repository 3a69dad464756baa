"""p1088-1: Lạng Sơn province portal, border-gate trade 6 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế
Xuất nhập khẩu qua các cửa khẩu 6 tháng tăng gần 18%
Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.316

Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, 6 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh ước đạt 2,92 tỷ USD, tăng 17,8% so với cùng kỳ năm 2023, đạt 53,1% kế hoạch năm. Trong đó, xuất khẩu ước đạt 1,24 tỷ USD; nhập khẩu ước đạt 1,68 tỷ USD.

Các cửa khẩu có kim ngạch lớn lần lượt là Hữu Nghị (1,35 tỷ USD), Tân Thanh (746 triệu USD), Chi Ma (412 triệu USD) và ga đường sắt quốc tế Đồng Đăng (187 triệu USD). Riêng lượng xe chở nông sản xuất khẩu qua cửa khẩu Tân Thanh gấp 1,6 lần cùng kỳ.

Lưu lượng phương tiện xuất nhập cảnh qua các cửa khẩu bình quân khoảng 1.450 lượt/ngày, trong đó xe chở hàng xuất khẩu khoảng 780 lượt/ngày; tình trạng ùn ứ xe hàng trên Quốc lộ 1A, Quốc lộ 4B không còn xảy ra. Tại cửa khẩu Hữu Nghị, thời gian thông quan trung bình mỗi tờ khai giảm còn 25-30 phút.

Cục Hải quan Lạng Sơn cho biết, số thu ngân sách từ hoạt động xuất nhập khẩu 6 tháng đạt 3.215 tỷ đồng, bằng 51,8% dự toán năm, tăng 9,6% so với cùng kỳ. Đã có 1.126 doanh nghiệp làm thủ tục qua các cửa khẩu của tỉnh, tăng 87 doanh nghiệp.

Năm 2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 5,5 tỷ USD. Dự kiến trong quý III/2024, lượng nông sản xuất khẩu qua các cửa khẩu tăng khoảng 20% do vào vụ thu hoạch sầu riêng, thanh long.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KN = "kim ngạch xuất nhập khẩu qua cửa khẩu"

FIGS = [
    F("6 tháng tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
      subject="xuất nhập khẩu qua các cửa khẩu",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 2,92 tỷ USD", "2,92", 2.92e9, "money", "USD", percent=53.1,
      change=C("increase", 17.8, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", period=H1),
    F("ước đạt 1,24 tỷ USD", "1,24", 1.24e9, "money", "USD", total=2.92e9, status="estimate",
      subject="xuất khẩu", period=I(H1)),
    F("ước đạt 1,68 tỷ USD", "1,68", 1.68e9, "money", "USD", total=2.92e9, status="estimate",
      subject="nhập khẩu", period=I(H1)),
    F("Hữu Nghị (1,35 tỷ USD)", "1,35", 1.35e9, "money", "USD",
      subject=KN + " Hữu Nghị", period=I(H1)),
    F("Tân Thanh (746 triệu USD)", "746", 746e6, "money", "USD",
      subject=KN + " Tân Thanh", period=I(H1)),
    F("Chi Ma (412 triệu USD)", "412", 412e6, "money", "USD",
      subject=KN + " Chi Ma", period=I(H1)),
    F("Đồng Đăng (187 triệu USD)", "187", 187e6, "money", "USD",
      subject="kim ngạch xuất nhập khẩu qua ga đường sắt quốc tế Đồng Đăng", period=I(H1)),
    F("gấp 1,6 lần cùng kỳ", "1,6", 1.6, "multiple", "lần",
      subject="lượng xe chở nông sản xuất khẩu qua cửa khẩu Tân Thanh", period=I(H1)),
    F("khoảng 1.450 lượt/ngày", "1.450", 1450, "measure", "lượt/ngày", approx="about",
      subject="lưu lượng phương tiện xuất nhập cảnh qua các cửa khẩu bình quân", period=I(H1)),
    F("khoảng 780 lượt/ngày", "780", 780, "measure", "lượt/ngày", approx="about", total=1450,
      subject="xe chở hàng xuất khẩu", period=I(H1)),
    F("giảm còn 25-30 phút", "25", 25, "measure", "phút", value_max=30,
      subject="thời gian thông quan trung bình mỗi tờ khai tại cửa khẩu Hữu Nghị"),
    F("6 tháng đạt 3.215 tỷ đồng", "3.215", 3215e9, "money", "đồng", percent=51.8,
      change=C("increase", 9.6, baseline="cùng kỳ"),
      subject="số thu ngân sách từ hoạt động xuất nhập khẩu",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp",
      change=C("increase", 87, unit="doanh nghiệp"),
      subject="doanh nghiệp làm thủ tục qua các cửa khẩu", period=I(H1)),
    F("đạt 5,5 tỷ USD", "5,5", 5.5e9, "money", "USD", status="target",
      subject="kim ngạch xuất nhập khẩu qua địa bàn",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tăng khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
      subject="lượng nông sản xuất khẩu qua các cửa khẩu",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

NOTES = [
    "Lạng Sơn province portal: border-gate trade 6 months 2024 (breadcrumb, 'Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.316').",
    "Distractors: Lượt xem 2.316, 09:45, Quốc lộ 1A, Quốc lộ 4B, quý III/2024 as period only.",
    "Gate list items (lần lượt) do not add up to 2,92 tỷ and have no part-of cue: no total; gates are not provinces, so the gate stays in the subject.",
    "'gấp 1,6 lần cùng kỳ' has no base amount: a multiple of its own. Per-day rates written '/ngày' are measure with the rate unit.",
    "Headline '6 tháng' (no year) takes 2024 from the dateline.",
]

if __name__ == "__main__":
    build("p1088-1", TEXT, NOTES, FIGS, published="2024-07-08", location="Lạng Sơn")
