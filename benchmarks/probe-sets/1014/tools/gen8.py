"""p1014-8: provincial newspaper online (Báo Bình Dương, '(BDO) -'), 6 months 2024 rabies vaccination, clinics, prices."""
from lib import F, period, inherit, write

TEXT = """Bình Dương: Gần 70.000 con chó, mèo được tiêm phòng dại
Thứ Hai, 15/07/2024 - 16:20

(BDO) - Theo Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh, 6 tháng đầu năm 2024, toàn tỉnh đã tiêm phòng dại cho 69.820 con chó, mèo, đạt 58,2% kế hoạch năm và bằng 112,4% so với cùng kỳ. Các thành phố Thủ Dầu Một, Dĩ An và Thuận An có số lượng tiêm nhiều nhất, lần lượt đạt 14.250 con, 12.930 con và 11.470 con.

Tính đến 30/6, toàn tỉnh có 217 cơ sở khám, chữa bệnh và dịch vụ chăm sóc thú cưng, trong đó 143 cơ sở tập trung tại 3 thành phố nêu trên, chiếm 65,9%. Giá tiêm vắc xin dại tại các phòng khám tư nhân dao động 80.000-120.000 đồng/mũi, trong khi tại điểm tiêm của xã, phường chỉ 35.000 đồng/mũi.

Trạm Kiểm dịch động vật trên Quốc lộ 13 từ đầu năm đến nay đã kiểm tra 1.240 lượt phương tiện vận chuyển động vật, phát hiện 16 trường hợp vận chuyển chó, mèo không có giấy chứng nhận kiểm dịch.

Cũng từ đầu năm đến nay, toàn tỉnh ghi nhận 1 ổ dịch dại trên chó tại TP. Tân Uyên và 1 trường hợp người tử vong do bệnh dại tại huyện Phú Giáo. Bà Lê Thị Mười, Phó Chi cục trưởng, cho biết số người phải điều trị dự phòng sau khi bị chó, mèo cắn chưa đến 4.600 lượt, giảm 7% so với cùng kỳ.

Dự kiến trong quý III/2024, Chi cục sẽ tiêm bổ sung khoảng 25.000 con; phấn đấu cả năm tiêm phòng dại trên 120.000 con, tương đương 75% tổng đàn.

THANH HƯƠNG
"""

H6 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-07-15")
VAX = "chó, mèo được tiêm phòng dại"

FIGS = [
    F("Gần 70.000 con", "70.000", 70000, "count", "con", VAX, approx="nearly"),
    F("cho 69.820 con", "69.820", 69820, "count", "con", VAX, H6, percent=58.2),
    F("bằng 112,4%", "112,4", 112.4, "percent", "%", "tiêm phòng dại so với cùng kỳ", H6, optional=True),
    F("đạt 14.250 con", "14.250", 14250, "count", "con", VAX, inherit(H6), location="Thủ Dầu Một"),
    F("12.930 con", "12.930", 12930, "count", "con", VAX, inherit(H6), location="Dĩ An"),
    F("11.470 con", "11.470", 11470, "count", "con", VAX, inherit(H6), location="Thuận An"),
    F("có 217 cơ sở", "217", 217, "count", "cơ sở", "cơ sở khám, chữa bệnh và dịch vụ chăm sóc thú cưng",
      period("Tính đến 30/6", None, "2024-06-30")),
    F("143 cơ sở", "143", 143, "count", "cơ sở", "cơ sở tập trung tại 3 thành phố",
      period("Tính đến 30/6", None, "2024-06-30"), total=217, percent=65.9),
    F("tại 3 thành phố", "3", 3, "count", "thành phố", "thành phố", optional=True),
    F("80.000-120.000 đồng/mũi", "80.000", 80000, "money", "đồng/mũi",
      "giá tiêm vắc xin dại tại các phòng khám tư nhân", value_max=120000),
    F("chỉ 35.000 đồng/mũi", "35.000", 35000, "money", "đồng/mũi", "giá tiêm vắc xin dại tại điểm tiêm của xã, phường"),
    F("kiểm tra 1.240 lượt", "1.240", 1240, "count", "lượt phương tiện", "lượt phương tiện vận chuyển động vật được kiểm tra",
      YTD),
    F("phát hiện 16 trường hợp", "16", 16, "count", "trường hợp",
      "trường hợp vận chuyển chó, mèo không có giấy chứng nhận kiểm dịch", YTD),
    F("ghi nhận 1 ổ dịch", "1", 1, "count", "ổ dịch", "ổ dịch dại trên chó",
      period("từ đầu năm đến nay", "2024-01-01", "2024-07-15"), location="Tân Uyên"),
    F("và 1 trường hợp", "1", 1, "count", "trường hợp", "người tử vong do bệnh dại",
      period("từ đầu năm đến nay", "2024-01-01", "2024-07-15"), location="Phú Giáo"),
    F("chưa đến 4.600 lượt", "4.600", 4600, "count", "lượt", "người phải điều trị dự phòng sau khi bị chó, mèo cắn",
      inherit(YTD), approx="under", change={"direction": "decrease", "value": 7, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 25.000 con", "25.000", 25000, "count", "con", "chó, mèo tiêm bổ sung",
      period("quý III/2024", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
    F("trên 120.000 con", "120.000", 120000, "count", "con", VAX, period("cả năm", "2024-01-01", "2024-12-31"),
      approx="over", percent=75, status="target"),
]

NOTES = [
    "Báo Bình Dương online: headline figure 'Gần 70.000 con' (no period in the headline), dateline 'Thứ Hai, 15/07/2024 - 16:20', tag '(BDO) -'.",
    "'đạt 58,2% kế hoạch năm và bằng 112,4% so với cùng kỳ': the first share is the percent of 69.820, the second a percent figure (optional).",
    "lần lượt list: each item takes its city as location, no total (only the top 3). 143 after trong đó: total 217, percent 65,9.",
    "'3 thành phố nêu trên' refers back to the list: optional. 'Tính đến 30/6' takes 2024 from '6 tháng đầu năm 2024'.",
    "Distractors: '(BDO)', Quốc lộ 13, 'Lê Thị Mười' (name), the dateline, byline.",
    "'tương đương 75% tổng đàn' is the share of the 120.000 target. 'chưa đến 4.600 lượt' approx under, change -7% vs cùng kỳ.",
]

write("p1014-8", TEXT, FIGS, NOTES, published="2024-07-15", location="Bình Dương")
