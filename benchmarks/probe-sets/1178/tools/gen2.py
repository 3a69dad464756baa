"""p1178-2: district portal (huyện Ba Chẽ, Quảng Ninh): golden camellia tea, purple morinda; year-less '5 tháng đầu năm'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA CHẼ - TỈNH QUẢNG NINH
Trang chủ / Kinh tế / Nông - Lâm nghiệp

Trà hoa vàng, ba kích tím mang về gần 19 tỷ đồng

Đăng ngày: 22/05/2023 - 16:45

Ba Chẽ hiện có 1.126 ha cây dược liệu, trong đó trà hoa vàng 345 ha, ba kích tím 182 ha, còn lại là sa nhân, khôi tía, cát sâm và các loại cây khác.

5 tháng đầu năm, người dân thu hái khoảng 14,5 tấn hoa trà hoa vàng tươi, sau sơ chế, sấy khô được 2,1 tấn trà hoa khô. Giá trà hoa vàng sấy khô dao động từ 3 đến 5 triệu đồng/kg tùy loại; doanh thu ước đạt 8,6 tỷ đồng, tăng 1,4 tỷ đồng so với cùng kỳ.

Với cây ba kích tím, cũng trong 5 tháng đầu năm toàn huyện thu hoạch 55 tấn củ tươi, giá bán bình quân 180.000 đồng/kg, doanh thu khoảng 9,9 tỷ đồng.

Tại xã Đạp Thanh, cạnh Quốc lộ 4B, HTX Trà hoa vàng Đạp Thanh đã đầu tư một lò sấy lạnh trị giá 650 triệu đồng, rút ngắn thời gian sấy mỗi mẻ còn khoảng 36 giờ. HTX hiện có 27 thành viên, liên kết với 64 hộ trồng trên diện tích 38 ha. Sản phẩm trà hoa vàng túi lọc của HTX đạt OCOP 4 sao, mỗi tháng tiêu thụ trên 1.200 hộp.

Năm 2023, huyện phấn đấu trồng mới 50 ha trà hoa vàng và 30 ha ba kích tím. Dự kiến trong năm nay, huyện có thêm hai sản phẩm dược liệu đạt chuẩn OCOP.

Thu Hằng (Trung tâm TT-VH huyện Ba Chẽ)

Cơ quan chủ quản: UBND huyện Ba Chẽ | Điện thoại: 0203.3888.215
Lượt truy cập: 412.087
"""

Y5 = per("5 tháng đầu năm", "2023-01-01", "2023-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NAY = per("trong năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    fig("gần 19 tỷ", "19", 19000000000, "money", "đồng", approx="nearly",
        subject="doanh thu từ trà hoa vàng, ba kích tím"),
    fig("có 1.126 ha", "1.126", 1126, "measure", "ha", subject="diện tích cây dược liệu"),
    fig("trà hoa vàng 345 ha", "345", 345, "measure", "ha", total=1126, subject="diện tích trà hoa vàng"),
    fig("ba kích tím 182 ha", "182", 182, "measure", "ha", total=1126, subject="diện tích ba kích tím"),
    fig("khoảng 14,5 tấn", "14,5", 14.5, "measure", "tấn", approx="about",
        subject="hoa trà hoa vàng tươi người dân thu hái", period=Y5),
    fig("được 2,1 tấn", "2,1", 2.1, "measure", "tấn", subject="trà hoa khô sau sơ chế, sấy khô", period=Y5),
    fig("từ 3 đến 5 triệu", "3", 3000000, "money", "đồng/kg", value_max=5000000,
        subject="giá trà hoa vàng sấy khô", period=inh(Y5)),
    fig("ước đạt 8,6 tỷ", "8,6", 8600000000, "money", "đồng", status="estimate",
        change=chg("increase", 1400000000, "đồng", "cùng kỳ"), subject="doanh thu trà hoa vàng", period=inh(Y5)),
    fig("thu hoạch 55 tấn", "55", 55, "measure", "tấn", subject="củ ba kích tím tươi thu hoạch",
        period=per("trong 5 tháng đầu năm", "2023-01-01", "2023-05-31")),
    fig("180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", subject="giá bán bình quân củ ba kích tím",
        period=per("trong 5 tháng đầu năm", "2023-01-01", "2023-05-31")),
    fig("khoảng 9,9 tỷ", "9,9", 9900000000, "money", "đồng", approx="about", subject="doanh thu ba kích tím",
        period=per("trong 5 tháng đầu năm", "2023-01-01", "2023-05-31")),
    fig("một lò sấy lạnh", "một", 1, "count", "lò sấy lạnh",
        subject="lò sấy lạnh HTX Trà hoa vàng Đạp Thanh đầu tư"),
    fig("650 triệu", "650", 650000000, "money", "đồng", subject="trị giá lò sấy lạnh"),
    fig("khoảng 36 giờ", "36", 36, "measure", "giờ", approx="about", subject="thời gian sấy mỗi mẻ"),
    fig("27 thành viên", "27", 27, "count", "thành viên", subject="thành viên của HTX"),
    fig("64 hộ", "64", 64, "count", "hộ", subject="hộ trồng liên kết với HTX"),
    fig("diện tích 38 ha", "38", 38, "measure", "ha", subject="diện tích trồng của các hộ liên kết"),
    fig("trên 1.200 hộp", "1.200", 1200, "count", "hộp", approx="over",
        subject="trà hoa vàng túi lọc tiêu thụ mỗi tháng"),
    fig("mới 50 ha", "50", 50, "measure", "ha", status="target", subject="diện tích trà hoa vàng trồng mới",
        period=Y23),
    fig("và 30 ha", "30", 30, "measure", "ha", status="target", subject="diện tích ba kích tím trồng mới",
        period=Y23),
    fig("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", status="forecast",
        subject="sản phẩm dược liệu đạt chuẩn OCOP có thêm", period=NAY),
]

NOTES = [
    "District portal (huyện Ba Chẽ, Quảng Ninh): 'Đăng ngày: 22/05/2023 - 16:45' (published); byline after the text; footer phone, counter.",
    "Default location is the district Ba Chẽ (the portal's own district); xã Đạp Thanh lies in it.",
    "Year-less '5 tháng đầu năm' takes 2023 from the dateline (2023-01-01..2023-05-31). 'trong năm nay' = 2023.",
    "'tăng 1,4 tỷ đồng so với cùng kỳ' is the change (unit đồng) of the 8,6 tỷ revenue.",
    "Distractors: 'Quốc lộ 4B', 'OCOP 4 sao', phone, 'Lượt truy cập: 412.087', time '16:45'.",
]

if __name__ == "__main__":
    write("p1178-2", TEXT, NOTES, FIGS, published="2023-05-22", location="Ba Chẽ")
