"""p923-8: provincial newspaper online (Báo Bắc Giang style, '(BBG) -'), huyện Lục Nam, headline figure."""
from lib import F, P, I, C, T, build

TEXT = """Lục Nam: 11 tháng, sản lượng cá trê, cá lăng nuôi ao đạt gần 1.300 tấn
Cập nhật lúc 08:45, Thứ hai, 16/12/2024

(BBG) - Từ đầu năm đến nay, huyện Lục Nam thu hoạch gần 1.300 tấn cá trê, cá lăng, cá nheo nuôi trong ao, tăng 11,5% so với cùng kỳ năm 2023, đạt 92,8% kế hoạch năm.

Trong đó, cá trê chiếm hơn 60% sản lượng, còn lại là cá lăng và cá nheo. Diện tích nuôi các loài cá này đạt 96,5 ha, tập trung tại các xã Đông Phú (28 ha), Tam Dị (21 ha) và Bảo Đài (17,5 ha).

Nhiều hộ đã đầu tư máy sục khí, máy cho ăn tự động và nuôi theo quy trình VietGAP. Gia đình anh Nguyễn Văn Hùng ở thôn Thân Thượng, xã Tam Dị có 1,8 ha ao nuôi cá lăng, từ đầu năm đến nay xuất bán 26 tấn cá, lãi gần 400 triệu đồng.

Theo ông Hoàng Văn Chín, Trưởng phòng Nông nghiệp và PTNT huyện, năng suất bình quân đạt 13,5 tấn/ha, cao hơn 1,2 tấn/ha so với năm trước. Giá cá trê thương phẩm ở mức 30.000-33.000 đồng/kg; cá lăng 95.000-110.000 đồng/kg; cá nheo khoảng 70.000 đồng/kg. Riêng quý II/2024, giá cá lăng có thời điểm giảm còn 85.000 đồng/kg do tiêu thụ chậm. Tổng giá trị ước đạt trên 68 tỷ đồng.

Quý IV/2024, huyện hỗ trợ 35 hộ cải tạo 12 ha ao nuôi theo Nghị quyết số 06/2023/NQ-HĐND với mức 20 triệu đồng/ha. Năm 2025, Lục Nam phấn đấu mở rộng diện tích lên 110 ha, sản lượng đạt 1.500 tấn; dự kiến hình thành thêm 2 hợp tác xã nuôi cá đặc sản.

Vân Anh
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-16")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích nuôi cá trê, cá lăng, cá nheo"

FIGS = [
    F("nuôi ao đạt gần 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng cá trê, cá lăng nuôi ao",
      P("11 tháng", "2024-01-01", "2024-11-30"), approx="nearly"),
    F("thu hoạch gần 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng cá trê, cá lăng, cá nheo nuôi trong ao",
      YTD, approx="nearly", percent=92.8, change=C("increase", 11.5, "%", "cùng kỳ năm 2023")),
    F("chiếm hơn 60% sản lượng", "60", 60, "percent", "%", "tỷ trọng cá trê trong sản lượng", I(YTD),
      approx="over"),
    F("đạt 96,5 ha", "96,5", 96.5, "measure", "ha", AREA, I(YTD)),
    F("Đông Phú (28 ha)", "28", 28, "measure", "ha", AREA, I(YTD)),
    F("Tam Dị (21 ha)", "21", 21, "measure", "ha", AREA, I(YTD)),
    F("Bảo Đài (17,5 ha)", "17,5", 17.5, "measure", "ha", AREA, I(YTD)),
    F("có 1,8 ha ao", "1,8", 1.8, "measure", "ha", "diện tích ao nuôi cá lăng của gia đình anh Nguyễn Văn Hùng"),
    F("xuất bán 26 tấn", "26", 26, "measure", "tấn", "cá xuất bán", P("từ đầu năm đến nay", "2024-01-01", "2024-12-16")),
    F("lãi gần 400 triệu đồng", "400", 400_000_000, "money", "đồng", "lãi", P("từ đầu năm đến nay", "2024-01-01", "2024-12-16"),
      approx="nearly"),
    F("đạt 13,5 tấn/ha", "13,5", 13.5, "measure", "tấn/ha", "năng suất bình quân",
      change=C("increase", 1.2, "tấn/ha", "năm trước")),
    F("mức 30.000-33.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá cá trê thương phẩm", value_max=33000),
    F("cá lăng 95.000-110.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cá lăng thương phẩm",
      value_max=110000),
    F("khoảng 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá cá nheo thương phẩm", approx="about"),
    F("giảm còn 85.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá cá lăng",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("trên 68 tỷ đồng", "68", 68_000_000_000, "money", "đồng", "tổng giá trị", I(YTD),
      approx="over", status="estimate"),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ được hỗ trợ cải tạo ao nuôi", Q4),
    F("cải tạo 12 ha", "12", 12, "measure", "ha", "diện tích ao nuôi được hỗ trợ cải tạo", Q4),
    F("mức 20 triệu đồng/ha", "20", 20_000_000, "money", "đồng/ha", "mức hỗ trợ cải tạo ao nuôi", Q4),
    F("lên 110 ha", "110", 110, "measure", "ha", AREA, Y25, status="target"),
    F("sản lượng đạt 1.500 tấn", "1.500", 1500, "measure", "tấn", "sản lượng cá nuôi ao", Y25, status="target"),
    F("thêm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã nuôi cá đặc sản hình thành thêm", Y25,
      status="forecast"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Bắc Giang style): headline figure, 'Cập nhật lúc 08:45, Thứ hai, 16/12/2024', tag '(BBG) -'; invented for probe set 923.",
    "Location Lục Nam (district); the communes Đông Phú, Tam Dị, Bảo Đài lie in it, so their figures keep Lục Nam.",
    "Headline '11 tháng' has no year: 2024 from the dateline (nothing dated stands before it). 'Từ đầu năm đến nay' ends at the dateline.",
    "'đạt 92,8% kế hoạch năm' = percent of gần 1.300 tấn; 'cá trê chiếm hơn 60% sản lượng' (no amount for cá trê) is a percent figure.",
    "Commune list after 'tập trung tại' does not add up to 96,5 ha: no total. 'cao hơn 1,2 tấn/ha so với năm trước' = change of 13,5 tấn/ha.",
    "'giảm còn 85.000 đồng/kg' is the price reached (no change amount). The farmer's figures (Tam Dị) keep Lục Nam.",
    "Not figures: Nghị quyết số 06/2023/NQ-HĐND, (BBG), ông Hoàng Văn Chín, the time 08:45, weekday, byline.",
    "'Năm 2025, ... phấn đấu ...' target; 'dự kiến hình thành thêm 2 hợp tác xã' forecast.",
]

if __name__ == "__main__":
    build("p923-8", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Lục Nam")
