"""p714-6: national press (VnExpress style): the running-event boom in 2024, provinces, fees, spending, shoe market."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thể thao › Marathon
Thứ năm, 12/12/2024, 06:00 (GMT+7)

Việt Nam có gần 200 giải chạy trong năm 2024

Số giải chạy bộ tổ chức tại Việt Nam năm 2024 ước khoảng 196 giải, gấp 2,1 lần năm 2022, với tổng cộng hơn 750.000 lượt người tham gia.

Theo thống kê của nền tảng đăng ký giải chạy iRace, tính đến ngày 30/11/2024, cả nước có 182 giải đã tổ chức, tăng 38% so với cùng kỳ năm 2023. Quý III/2024 là giai đoạn sôi động nhất với 61 giải, chiếm 33,5%. TP Hồ Chí Minh dẫn đầu với 34 giải, Hà Nội xếp thứ hai với 29 giải, tiếp đến là Đà Nẵng 15 giải, Lâm Đồng 12 giải.

Phí đăng ký phổ biến từ 500.000 đến 1,5 triệu đồng mỗi cự ly; riêng một số giải quốc tế cự ly 42 km có mức phí lên tới 2,8 triệu đồng. Khảo sát của một công ty nghiên cứu thị trường với 2.400 người chạy bộ tại 5 thành phố lớn cho thấy mỗi người chi trung bình 18,5 triệu đồng/năm cho giày, trang phục, phí tham gia và di chuyển; 27% người được hỏi chi trên 30 triệu đồng.

Thị trường giày chạy bộ tại Việt Nam năm 2024 ước đạt khoảng 350 triệu USD. Tốc độ tăng trưởng bình quân của thị trường này đạt 12-15% mỗi năm.

Số người hoàn thành cự ly marathon năm 2024 gấp 3 lần năm 2021. Tuy vậy, theo các chuyên gia y tế, chỉ khoảng 20% người chạy phong trào được khám sức khỏe trước khi tham gia giải. Năm 2024 ghi nhận ít nhất 4 trường hợp vận động viên đột quỵ khi thi đấu.

Hoài Phương
"""

COMMENTS = [
    "VnExpress-style national press: running events in Việt Nam 2024. 'Thứ năm, 12/12/2024, 06:00 (GMT+7)' is the dateline.",
    "Distractors: '(GMT+7)', '06:00', 'Quý III/2024' (period), 'tính đến ngày 30/11/2024', the platform name 'iRace'.",
    "'gấp 2,1 lần năm 2022' after 196 giải is its change (lần); 'gấp 3 lần năm 2021' standing as the claim is a multiple.",
    "61 giải 'chiếm 33,5%' gets percent 33.5 (no whole stated: no total). 'xếp thứ hai' is a rank of Hà Nội.",
    "'trên 30 triệu đồng' is a spending threshold in a survey (optional); 'cự ly 42 km' a category name (optional); '5 thành phố lớn' a count.",
    "'12-15% mỗi năm' stands as its own sentence: a growth rate as the claim, percent with value_max, no change.",
]

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
VN = "Việt Nam"
FIGS = [
    F("gần 200 giải", "200", 200, "count", "giải chạy", "giải chạy", Y24, approx="nearly"),
    F("khoảng 196 giải", "196", 196, "count", "giải", "Số giải chạy bộ tổ chức tại Việt Nam", Y24, approx="about",
      status="estimate", change=CH("increase", 2.1, "lần", "năm 2022")),
    F("hơn 750.000", "750.000", 750000, "count", "lượt người", "lượt người tham gia giải chạy bộ", Y24, approx="over",
      status="estimate"),
    F("có 182 giải", "182", 182, "count", "giải", "giải đã tổ chức", P("tính đến ngày 30/11/2024", None, "2024-11-30"),
      change=CH("increase", 38, "%", "cùng kỳ năm 2023")),
    F("với 61 giải", "61", 61, "count", "giải", "giải tổ chức", P("Quý III/2024", "2024-07-01", "2024-09-30"), percent=33.5),
    F("với 34 giải", "34", 34, "count", "giải", "giải chạy tổ chức", location="TP Hồ Chí Minh"),
    F("thứ hai", "hai", 2, "rank", "hạng", "giải chạy tổ chức", location="Hà Nội"),
    F("với 29 giải", "29", 29, "count", "giải", "giải chạy tổ chức", location="Hà Nội"),
    F("Đà Nẵng 15 giải", "15", 15, "count", "giải", "giải chạy tổ chức", location="Đà Nẵng"),
    F("Lâm Đồng 12 giải", "12", 12, "count", "giải", "giải chạy tổ chức", location="Lâm Đồng"),
    F("từ 500.000", "500.000", 500000, "money", "đồng", "Phí đăng ký phổ biến mỗi cự ly", value_max=1.5e6),
    F("cự ly 42 km", "42", 42, "measure", "km", "cự ly", optional=True),
    F("2,8 triệu", "2,8", 2.8e6, "money", "đồng", "mức phí một số giải quốc tế cự ly 42 km"),
    F("2.400 người", "2.400", 2400, "count", "người", "người chạy bộ được khảo sát"),
    F("5 thành phố", "5", 5, "count", "thành phố", "thành phố lớn khảo sát"),
    F("18,5 triệu", "18,5", 18.5e6, "money", "đồng/năm", "chi tiêu trung bình mỗi người cho giày, trang phục, phí tham gia và di chuyển"),
    F("27%", "27", 27, "percent", "%", "người được hỏi chi trên 30 triệu đồng"),
    F("trên 30 triệu", "30", 30e6, "money", "đồng", "mức chi", approx="over", optional=True),
    F("khoảng 350 triệu", "350", 350e6, "money", "USD", "Thị trường giày chạy bộ tại Việt Nam", Y24, approx="about",
      status="estimate"),
    F("12-15%", "12", 12, "percent", "%", "Tốc độ tăng trưởng bình quân của thị trường giày chạy bộ", value_max=15),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "Số người hoàn thành cự ly marathon năm 2024 so với năm 2021", Y24),
    F("khoảng 20%", "20", 20, "percent", "%", "người chạy phong trào được khám sức khỏe trước khi tham gia giải",
      approx="about"),
    F("ít nhất 4", "4", 4, "count", "trường hợp", "trường hợp vận động viên đột quỵ khi thi đấu", Y24, approx="at_least"),
]

emit("p714-6", TEXT, COMMENTS, FIGS, published="2024-12-12", location=VN)
