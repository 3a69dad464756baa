"""p1120-6: national newspaper: An Giang (huyện Thoại Sơn) pays 3.000 đồng per rat tail, summer-autumn 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Nông nghiệp
Thứ Sáu, 19/7/2024, 06:30 (GMT+7)

Nông dân An Giang nhận thưởng 3.000 đồng mỗi đuôi chuột

Huyện Thoại Sơn chi gần 600 triệu đồng thưởng cho nông dân nộp đuôi chuột sau một tháng ra quân diệt chuột bảo vệ lúa Hè Thu.

Từ ngày 10/6 đến 10/7, Thoại Sơn phát động chiến dịch diệt chuột tại 17/17 xã, thị trấn. Theo Phòng Nông nghiệp và PTNT huyện, nông dân đã nộp 198.600 đuôi chuột, chính quyền chi thưởng 595,8 triệu đồng từ ngân sách huyện.

Anh Lê Văn Bảy, 41 tuổi, ở xã Vọng Đông, cho biết cả tháng qua tổ săn chuột 5 người của anh đêm nào cũng ra đồng. Tổ nộp được 6.420 đuôi, nhận hơn 19 triệu đồng. "Lúa đang làm đòng, một con chuột cắn phá nhiều tép lúa mỗi đêm nên phải diệt sớm", anh Bảy nói. Theo anh, ruộng nhà anh trước đây bị chuột hại khoảng 15%, nay giảm còn dưới 2%.

Theo Chi cục Trồng trọt và Bảo vệ thực vật An Giang, vụ Hè Thu năm nay toàn tỉnh xuống giống khoảng 224.000 ha lúa, chuột gây hại 735 ha, giảm 31% so với vụ Hè Thu năm trước. Các xã của huyện Tri Tôn cũng thưởng từ 1.500 đến 2.000 đồng/đuôi. Chi cục ước tính mỗi ha lúa bị chuột hại nặng thiệt hại 1,5-2 tấn, tương đương 10-14 triệu đồng.

Ông Nguyễn Văn Minh, Phó Chủ tịch UBND huyện Thoại Sơn, cho biết huyện dự kiến duy trì mức thưởng này đến hết vụ Thu Đông, với kinh phí khoảng 1 tỷ đồng.

Ngọc Tài
"""

CAMP = P("Từ ngày 10/6 đến 10/7", "2024-06-10", "2024-07-10")
TS = "Thoại Sơn"

FIGS = [
    F("thưởng 3.000 đồng", "3.000", 3000, "money", "đồng/đuôi chuột",
      subject="mức thưởng mỗi đuôi chuột"),
    F("gần 600 triệu", "600", 600000000, "money", "đồng", approx="nearly",
      subject="tiền thưởng cho nông dân nộp đuôi chuột", location=TS),
    F("17/17 xã", "17", 17, "count", "xã, thị trấn", total=17,
      subject="xã, thị trấn thực hiện chiến dịch diệt chuột", period=CAMP, location=TS),
    F("nộp 198.600 đuôi", "198.600", 198600, "count", "đuôi chuột",
      subject="đuôi chuột nông dân đã nộp", period=I(CAMP), location=TS),
    F("595,8 triệu", "595,8", 595800000, "money", "đồng",
      subject="tiền chi thưởng đuôi chuột từ ngân sách huyện", period=I(CAMP), location=TS),
    F("41 tuổi", "41", 41, "measure", "tuổi", optional=True, subject="tuổi anh Lê Văn Bảy", location=TS),
    F("5 người", "5", 5, "count", "người", subject="thành viên tổ săn chuột của anh Bảy", location=TS),
    F("được 6.420 đuôi", "6.420", 6420, "count", "đuôi", subject="đuôi chuột tổ nộp được", location=TS),
    F("hơn 19 triệu", "19", 19000000, "money", "đồng", approx="over", subject="tiền thưởng tổ nhận",
      location=TS),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="tỷ lệ ruộng nhà anh Bảy bị chuột hại trước đây", location=TS),
    F("dưới 2%", "2", 2, "percent", "%", approx="under",
      subject="tỷ lệ ruộng nhà anh Bảy bị chuột hại", location=TS),
    F("khoảng 224.000 ha", "224.000", 224000, "measure", "ha", approx="about",
      subject="diện tích lúa Hè Thu xuống giống"),
    F("hại 735 ha", "735", 735, "measure", "ha", change=C("decrease", 31, "%", "vụ Hè Thu năm trước"),
      subject="diện tích lúa bị chuột gây hại"),
    F("từ 1.500 đến 2.000", "1.500", 1500, "money", "đồng/đuôi", value_max=2000,
      subject="mức thưởng đuôi chuột của các xã", location="Tri Tôn"),
    F("1,5-2 tấn", "1,5", 1.5, "measure", "tấn/ha", value_max=2, status="estimate",
      subject="thiệt hại mỗi ha lúa bị chuột hại nặng"),
    F("10-14 triệu", "10", 10000000, "money", "đồng/ha", value_max=14000000, status="estimate",
      subject="giá trị thiệt hại mỗi ha lúa bị chuột hại nặng"),
    F("khoảng 1 tỷ", "1", 1000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí duy trì mức thưởng đến hết vụ Thu Đông", location=TS),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 19/7/2024, 06:30 (GMT+7)' (published), byline 'Ngọc Tài' at the end.",
    "Distractors: '(GMT+7)', time 06:30, names 'Lê Văn Bảy' / 'anh Bảy' (bảy = 7), 'Nguyễn Văn Minh', 'sau một tháng ra quân' (a duration),",
    "'một con chuột' (generic, not a count), dates 10/6 and 10/7. '41 tuổi' (age) optional.",
    "Thoại Sơn figures (campaign, tổ of xã Vọng Đông) → Thoại Sơn; province figures → An Giang; the headline rate speaks of An Giang farmers.",
    "'tương đương 10-14 triệu đồng' is a money figure (per ha, as the loss it converts), not a share. 'dự kiến … khoảng 1 tỷ' → forecast.",
    "'vụ Hè Thu năm nay' has no calendar dates: no gold period for the province's figures and the loss estimates.",
]

if __name__ == "__main__":
    write("p1120-6", TEXT, NOTES, FIGS, published="2024-07-19", location="An Giang")
