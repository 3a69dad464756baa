"""p930-6: national newspaper, Ngọc Nhị bird colony (Ứng Hòa) and the bird trade in Hà Nội."""
from lib import F, P, I, Y, C, T, write

TEXT = """
Thời sự > Môi trường

Sân chim Ngọc Nhị đón hàng nghìn con cò về trú ngụ

Chủ nhật, 13/10/2024, 07:30 (GMT+7)

Sân chim ở thôn Ngọc Nhị, xã Trung Tú (huyện Ứng Hòa, Hà Nội) hiện có khoảng 12.000 cá thể cò, vạc, diệc, gấp đôi năm 2020.

Theo ông Nguyễn Văn Tư, trưởng thôn, sân chim rộng khoảng 5 ha, nằm trên đầm của 3 hộ gia đình. Từ năm 2019 đến nay, các hộ đã tự bỏ ra hơn 600 triệu đồng để trồng tre, đắp bờ, thuê người canh giữ ngày đêm.

Năm 2023, UBND huyện Ứng Hòa hỗ trợ 150 triệu đồng lắp đặt 8 camera giám sát và 20 biển cấm săn bắt quanh sân chim. Nhờ vậy, số vụ săn bắt trộm đã giảm từ 14 vụ năm 2021 xuống còn 2 vụ trong 9 tháng đầu năm 2024.

Tính đến ngày 30/9/2024, Hà Nội có 7 sân chim tự nhiên với tổng số khoảng 35.000 cá thể chim. Chi cục Kiểm lâm Hà Nội cho biết, 9 tháng đầu năm nay đã kiểm tra 46 lượt cơ sở kinh doanh, nuôi nhốt chim, phát hiện 11 vụ vi phạm, tịch thu 1.350 cá thể chim, chủ yếu là chào mào, sáo, vành khuyên. Trong đó, 1.280 cá thể còn khỏe đã được thả về tự nhiên tại Vườn quốc gia Ba Vì.

Giá chim bẫy trên thị trường dao động 150.000-300.000 đồng/con, riêng chào mào "đẹp" được rao bán 1,5-2 triệu đồng/con. Theo Bộ luật Hình sự 2015, người săn bắt, buôn bán loài nguy cấp, quý, hiếm có thể bị phạt tù đến 15 năm.

Thành phố dự kiến năm 2025 sẽ chi khoảng 2,4 tỷ đồng cho công tác bảo vệ các sân chim, trong đó 900 triệu đồng để hỗ trợ người dân trông giữ.

Võ Hải
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9b = P("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
UH = "Ứng Hòa"

FIGS = [
    F("hàng nghìn con cò", "nghìn", 1000, "count", "con cò", "cò về trú ngụ tại sân chim Ngọc Nhị", approx="about",
      location=UH, optional=True),
    F("khoảng 12.000 cá thể", "12.000", 12000, "count", "cá thể", "cò, vạc, diệc tại sân chim Ngọc Nhị", approx="about",
      change=C("increase", 2, "lần", "năm 2020"), location=UH),
    F("rộng khoảng 5 ha", "5", 5, "measure", "ha", "diện tích sân chim", approx="about", location=UH),
    F("của 3 hộ", "3", 3, "count", "hộ", "hộ gia đình có đầm làm sân chim", location=UH),
    F("hơn 600 triệu đồng", "600", 600000000, "money", "đồng", "tiền các hộ tự bỏ ra bảo vệ sân chim",
      P("Từ năm 2019 đến nay", "2019-01-01", "2024-10-13"), approx="over", location=UH),
    F("hỗ trợ 150 triệu đồng", "150", 150000000, "money", "đồng", "kinh phí huyện hỗ trợ lắp camera và biển cấm",
      Y(2023, "Năm 2023"), location=UH),
    F("8 camera", "8", 8, "count", "camera", "camera giám sát lắp đặt", Y(2023, "Năm 2023"), location=UH),
    F("20 biển", "20", 20, "count", "biển", "biển cấm săn bắt lắp đặt", Y(2023, "Năm 2023"), location=UH),
    F("từ 14 vụ", "14", 14, "count", "vụ", "vụ săn bắt trộm", Y(2021), location=UH),
    F("còn 2 vụ", "2", 2, "count", "vụ", "vụ săn bắt trộm", N9, location=UH),
    F("có 7 sân chim", "7", 7, "count", "sân chim", "sân chim tự nhiên", ASOF),
    F("khoảng 35.000 cá thể", "35.000", 35000, "count", "cá thể", "chim tại các sân chim tự nhiên", ASOF, approx="about"),
    F("kiểm tra 46 lượt", "46", 46, "count", "lượt cơ sở", "lượt cơ sở kinh doanh, nuôi nhốt chim được kiểm tra", N9b),
    F("phát hiện 11 vụ", "11", 11, "count", "vụ", "vụ vi phạm", N9b),
    F("tịch thu 1.350 cá thể", "1.350", 1350, "count", "cá thể", "chim bị tịch thu", N9b),
    F("1.280 cá thể", "1.280", 1280, "count", "cá thể", "chim thả về tự nhiên tại Vườn quốc gia Ba Vì", I(N9b),
      total=1350),
    F("150.000-300.000 đồng/con", "150.000", 150000, "money", "đồng/con", "giá chim bẫy trên thị trường", value_max=300000),
    F("1,5-2 triệu", "1,5", 1500000, "money", "đồng/con", "giá chào mào rao bán", value_max=2000000),
    F("đến 15 năm", "15", 15, "measure", "năm", "mức phạt tù tối đa", approx="at_most", location="Việt Nam",
      optional=True),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí bảo vệ các sân chim", Y(2025),
      approx="about", status="forecast"),
    F("trong đó 900 triệu", "900", 900000000, "money", "đồng", "kinh phí hỗ trợ người dân trông giữ sân chim", Y(2025),
      total=2400000000, status="forecast"),
]

NOTES = [
    "National newspaper (Chủ nhật, 13/10/2024, 07:30 (GMT+7)): Ngọc Nhị bird colony in Ứng Hòa district and the bird trade in Hà Nội.",
    "Colony figures are located in Ứng Hòa (the district), city-wide figures in Hà Nội. 'gấp đôi năm 2020' after 12.000 is its change (2 lần).",
    "'giảm từ 14 vụ năm 2021 xuống còn 2 vụ trong 9 tháng đầu năm 2024' gives two counts with their own periods and no change value.",
    "'hàng nghìn con cò' (headline, vague) and the legal maximum 'đến 15 năm' are optional. 'Trong đó, 1.280' → total 1.350 (after a sentence break).",
    "'dự kiến' governs 2,4 tỷ and the 900 triệu part (forecast, total 2,4 tỷ). Distractors: Bộ luật Hình sự 2015, 'Nguyễn Văn Tư', 07:30, GMT+7.",
]

write(6, TEXT, FIGS, NOTES, published="2024-10-13", location="Hà Nội")
