from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Trang chủ / Kinh tế / Thương mại - Dịch vụ
Thứ Năm, 16/05/2024 - 09:20

Cái Bè: 4 tháng đầu năm, tổng mức bán lẻ hàng hóa tăng 10,7%

Theo Phòng Kinh tế và Hạ tầng huyện, 4 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn huyện ước đạt 6.915 tỷ đồng, tăng 10,7% so với cùng kỳ, đạt 33,2% kế hoạch năm.

Toàn huyện hiện có 27 chợ, gồm 2 chợ hạng II và 25 chợ hạng III, với hơn 3.400 hộ kinh doanh cố định. Năm 2024, huyện bố trí 18,5 tỷ đồng từ ngân sách để nâng cấp, cải tạo 3 chợ xuống cấp; riêng chợ Thiên Hộ được đầu tư 7,2 tỷ đồng, dự kiến hoàn thành trong quý IV/2024.

Việc thanh toán không dùng tiền mặt tại chợ được đẩy mạnh theo mô hình "chợ 4.0". Tính đến cuối tháng 4/2024, đã có 1.126 tiểu thương sử dụng mã QR, chiếm 33,1% tổng số hộ kinh doanh tại chợ; 9/27 chợ đã lắp đặt bảng giá điện tử.

Từ đầu năm đến nay, các Ban quản lý chợ thu được 1,35 tỷ đồng tiền thuê điểm kinh doanh, tăng 6% so với cùng kỳ năm 2023. Trong dịp cao điểm "Tháng khuyến mại", ba siêu thị mini trên Quốc lộ 1 ghi nhận doanh thu tăng từ 20 đến 25%.

Huyện phấn đấu đến năm 2025 có 100% chợ hạng II thực hiện thanh toán điện tử và ít nhất 50% chợ hạng III đạt tiêu chí chợ an toàn thực phẩm.

Minh Tâm (Văn phòng HĐND và UBND huyện)

Địa chỉ: Số 15 đường 30/4, Khu 1, thị trấn Cái Bè, tỉnh Tiền Giang. Điện thoại: 0273.3824.165
"""

M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")

FIGS = [
    F("hàng hóa tăng 10,7%", "10,7", 10.7, "percent", "%", "tổng mức bán lẻ hàng hóa",
      P("4 tháng đầu năm", "2024-01-01", "2024-04-30")),
    F("ước đạt 6.915 tỷ", "6.915", 6915e9, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", M4,
      percent=33.2, change=CH("increase", 10.7, baseline="cùng kỳ"), status="estimate"),
    F("có 27 chợ", "27", 27, "count", "chợ", "chợ"),
    F("gồm 2 chợ", "2", 2, "count", "chợ", "chợ hạng II", total=27),
    F("25 chợ hạng III, với", "25", 25, "count", "chợ", "chợ hạng III", total=27),
    F("hơn 3.400 hộ", "3.400", 3400, "count", "hộ kinh doanh", "hộ kinh doanh cố định", approx="over"),
    F("bố trí 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", "vốn ngân sách nâng cấp, cải tạo chợ",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cải tạo 3 chợ", "3", 3, "count", "chợ", "chợ xuống cấp được nâng cấp, cải tạo",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đầu tư 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", "vốn đầu tư chợ Thiên Hộ",
      I(P("Năm 2024", "2024-01-01", "2024-12-31"))),  # 'quý IV/2024' is the completion date, not the figure's period
    F("có 1.126 tiểu thương", "1.126", 1126, "count", "tiểu thương", "tiểu thương sử dụng mã QR",
      P("Tính đến cuối tháng 4/2024", None, "2024-04-30"), percent=33.1),
    F("9/27 chợ", "9", 9, "count", "chợ", "chợ đã lắp đặt bảng giá điện tử",
      P("Tính đến cuối tháng 4/2024", None, "2024-04-30"), total=27),
    F("thu được 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", "tiền thuê điểm kinh doanh",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-05-16"),
      change=CH("increase", 6, baseline="cùng kỳ năm 2023")),
    F("ba siêu thị mini", "ba", 3, "count", "siêu thị mini", "siêu thị mini trên Quốc lộ 1", optional=True),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "doanh thu siêu thị mini tăng", value_max=25),
    F("có 100% chợ", "100", 100, "percent", "%", "chợ hạng II thực hiện thanh toán điện tử",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "chợ hạng III đạt tiêu chí chợ an toàn thực phẩm",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit("p530-2", TEXT, [
    "District portal of huyện Cái Bè (Tiền Giang): retail sales 4 months of 2024, market network, QR payments, fees, 2025 targets.",
    "Headline growth rate is a percent figure of its own (no change); in the body the same 10,7% is the change of 6.915 tỷ.",
    "'chợ 4.0', 'hạng II/III', 'Quốc lộ 1', 'đường 30/4', 'Khu 1', the phone number are not figures. 'Từ đầu năm đến nay'",
    "ends at the dateline. 'ba siêu thị mini' (a small descriptive count) is optional. 'Tháng khuyến mại' gives no period.",
], FIGS, published="2024-05-16", location="Cái Bè")
