"""p570-6: national press — double burden: urban overweight vs stunting, national."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Sức khỏe › Dinh dưỡng
Thứ tư, 16/10/2024, 06:00 (GMT+7)

Trẻ thành thị thừa cân gấp 3 lần nông thôn

Khảo sát năm 2023 của Viện Dinh dưỡng trên hơn 12.000 trẻ em dưới 5 tuổi tại 30 tỉnh, thành cho thấy tỷ lệ thừa cân, béo phì ở khu vực thành thị là 14,2%, trong khi ở nông thôn chỉ 4,7%.

Ngược lại, tình trạng thấp còi vẫn phổ biến ở trẻ em dân tộc thiểu số với tỷ lệ từ 25 đến 32% tùy nhóm dân tộc.

PGS.TS Trần Thúy Nga, nguyên Trưởng khoa Dinh dưỡng cộng đồng, cho biết Việt Nam đang đối mặt với "gánh nặng kép": trong khi suy dinh dưỡng chưa được giải quyết triệt để thì thừa cân, béo phì tăng nhanh. Ở nhóm trẻ 5-19 tuổi, tỷ lệ thừa cân, béo phì đã tăng từ 8,5% năm 2010 lên 19% năm 2020; riêng học sinh nội thành TP Hồ Chí Minh là 50,6%.

Theo bà Nga, mỗi năm cả nước có khoảng 1,5 triệu trẻ sinh ra nhưng chỉ 45,4% được bú mẹ hoàn toàn trong 6 tháng đầu đời. Ngân hàng Thế giới ước tính suy dinh dưỡng khiến Việt Nam thiệt hại khoảng 2-3% GDP mỗi năm.

Các chuyên gia khuyến nghị trẻ cần vận động ít nhất 60 phút mỗi ngày, hạn chế đồ uống có đường và đồ ăn nhanh. Tại Hà Nội, đến nay đã có 520 trường tiểu học áp dụng thực đơn bữa trưa giảm đường, giảm muối; tại Đà Nẵng, con số này là 86 trường.

Lê Nga

Liên hệ quảng cáo: 0903.146.228
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2024-10-16")
OW = "tỷ lệ thừa cân, béo phì ở nhóm trẻ 5-19 tuổi"

FIGS = [
    F("gấp 3 lần", "3", 3, "multiple", "lần", "tỷ lệ thừa cân của trẻ thành thị so với nông thôn", I(Y23)),
    F("hơn 12.000 trẻ em", "12.000", 12000, "count", "trẻ em", "trẻ em dưới 5 tuổi được khảo sát", Y23, approx="over"),
    AGE("em dưới 5 tuổi tại", "5", 5, approx="under"),
    F("tại 30 tỉnh", "30", 30, "count", "tỉnh, thành", "tỉnh, thành được khảo sát", Y23),
    F("là 14,2%", "14,2", 14.2, "percent", "%", "tỷ lệ thừa cân, béo phì ở khu vực thành thị", Y23),
    F("chỉ 4,7%", "4,7", 4.7, "percent", "%", "tỷ lệ thừa cân, béo phì ở nông thôn", Y23),
    F("từ 25 đến 32%", "25", 25, "percent", "%", "tỷ lệ thấp còi ở trẻ em dân tộc thiểu số", value_max=32),
    AGE("trẻ 5-19 tuổi", "5", 5, value_max=19),
    F("từ 8,5%", "8,5", 8.5, "percent", "%", OW, P("năm 2010", "2010-01-01", "2010-12-31")),
    F("lên 19%", "19", 19, "percent", "%", OW, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("là 50,6%", "50,6", 50.6, "percent", "%", "tỷ lệ thừa cân, béo phì ở học sinh nội thành",
      P("năm 2020", "2020-01-01", "2020-12-31"), location="TP Hồ Chí Minh"),
    F("khoảng 1,5 triệu trẻ", "1,5", 1.5e6, "count", "trẻ", "trẻ sinh ra mỗi năm", approx="about"),
    F("chỉ 45,4%", "45,4", 45.4, "percent", "%", "tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu đời"),
    F("trong 6 tháng đầu đời", "6", 6, "measure", "tháng", optional=True),
    F("khoảng 2-3%", "2", 2, "percent", "%", "thiệt hại do suy dinh dưỡng so với GDP mỗi năm", value_max=3,
      approx="about", status="estimate"),
    F("ít nhất 60 phút", "60", 60, "measure", "phút", approx="at_least", optional=True),
    F("có 520 trường", "520", 520, "count", "trường tiểu học", "trường tiểu học áp dụng thực đơn bữa trưa giảm đường, giảm muối",
      NOW, location="Hà Nội"),
    F("là 86 trường", "86", 86, "count", "trường", "trường tiểu học áp dụng thực đơn bữa trưa giảm đường, giảm muối",
      NOW, location="Đà Nẵng"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ tư, 16/10/2024, 06:00 (GMT+7)'): gánh nặng kép — thừa cân ở thành thị, thấp còi ở trẻ DTTS.",
    "Headline 'gấp 3 lần' stands alone as the claim: a multiple. National figures: location Việt Nam; urban/rural and ethnic groups are not places.",
    "'tăng từ 8,5% năm 2010 lên 19% năm 2020' gives two percent figures with their own years (no change amount stated).",
    "'riêng … TP Hồ Chí Minh là 50,6%' continues the clause of 'năm 2020' (period 2020). 'đến nay' ends at the dateline (as-of).",
    "'ít nhất 60 phút mỗi ngày' (a recommendation) and 'trong 6 tháng đầu đời' (duration in a subject) are optional. '(GMT+7)', the phone,",
    "'PGS.TS' are not figures. 'Ngân hàng Thế giới ước tính … khoảng 2-3% GDP' → estimate, about, range.",
]

if __name__ == "__main__":
    emit("p570-6", TEXT, COMMENTS, FIGS, published="2024-10-16", location="Việt Nam")
