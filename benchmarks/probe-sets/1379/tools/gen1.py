"""p1379-1: province portal (Bắc Ninh): food-safety checks of wedding-party businesses, 10 months 2024; a wedding centre in TP Từ Sơn."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Mùa cưới cuối năm: kiểm tra hơn 320 lượt cơ sở dịch vụ tiệc cưới

Cập nhật: 18/11/2024 10:35 | Lượt xem: 1.864

Theo Ban Quản lý An toàn thực phẩm tỉnh, toàn tỉnh Bắc Ninh hiện có 412 cơ sở kinh doanh dịch vụ tiệc cưới, trong đó 57 trung tâm tiệc cưới, hội nghị có sức chứa từ 1.000 khách trở lên.

10 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 326 lượt cơ sở, phát hiện 41 cơ sở vi phạm, chiếm 12,6%; xử phạt 38 cơ sở với tổng số tiền hơn 286 triệu đồng, tăng 18% so với cùng kỳ năm 2023. Hiện 100% cơ sở đã ký cam kết bảo đảm an toàn thực phẩm theo Nghị định số 15/2018/NĐ-CP.

Theo Cục Thống kê tỉnh, doanh thu dịch vụ ăn uống 10 tháng ước đạt 5.420 tỷ đồng, tăng 11,3% so với cùng kỳ. Trong đó, doanh thu dịch vụ tiệc cưới, hội nghị ước khoảng 1.250 tỷ đồng, chiếm 23,1%.

Tại TP Từ Sơn, nhiều nhà hàng kín lịch vào các ngày đẹp. Trung tâm tiệc cưới Kinh Bắc Palace (số 86 đường Lý Thái Tổ) mỗi ngày cuối tuần phục vụ từ 3 đến 5 đám cưới, bình quân khoảng 150 mâm/đám; giá mâm cỗ dao động 2,8-4,5 triệu đồng/mâm, tăng khoảng 5% so với năm trước. Trung tâm sử dụng gần 120 lao động, trong đó 85 lao động thời vụ.

Ban Quản lý An toàn thực phẩm tỉnh phấn đấu đến hết năm 2024 có ít nhất 90% cơ sở tiệc cưới được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm (hiện đạt 84,5%). Mọi phản ánh xin gửi về đường dây nóng 0222.3854.127.

Tin liên quan:
- Bắc Ninh: Hội nghị tổng kết công tác an toàn thực phẩm năm 2023
- Tăng cường kiểm tra bếp ăn tập thể tại các khu công nghiệp
"""

M10 = period("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
M10s = period("10 tháng", "2024-01-01", "2024-10-31")
END24 = period("đến hết năm 2024", None, "2024-12-31")
TS = "Từ Sơn"

FIGS = [
    F("hơn 320 lượt", "320", 320, "count", "lượt cơ sở", approx="over",
      subject="lượt cơ sở dịch vụ tiệc cưới được kiểm tra"),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ tiệc cưới"),
    F("trong đó 57 trung tâm", "57", 57, "count", "trung tâm", total=412,
      subject="trung tâm tiệc cưới, hội nghị có sức chứa từ 1.000 khách trở lên"),
    F("từ 1.000 khách", "1.000", 1000, "count", "khách", approx="at_least",
      subject="sức chứa của trung tâm tiệc cưới, hội nghị", optional=True),
    F("kiểm tra 326 lượt", "326", 326, "count", "lượt cơ sở",
      subject="lượt cơ sở được các đoàn kiểm tra liên ngành kiểm tra", period=M10),
    F("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", percent=12.6,
      subject="cơ sở vi phạm", period=M10),
    F("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở bị xử phạt", period=M10),
    F("hơn 286 triệu", "286", 286e6, "money", "đồng", approx="over",
      change=change("increase", 18, "%", "cùng kỳ năm 2023"),
      subject="tổng số tiền xử phạt", period=M10),
    F("Hiện 100%", "100", 100, "percent", "%",
      subject="cơ sở đã ký cam kết bảo đảm an toàn thực phẩm"),
    F("ước đạt 5.420 tỷ", "5.420", 5420e9, "money", "đồng", status="estimate",
      change=change("increase", 11.3, "%", "cùng kỳ"),
      subject="doanh thu dịch vụ ăn uống", period=M10s),
    F("ước khoảng 1.250 tỷ", "1.250", 1250e9, "money", "đồng", approx="about", status="estimate",
      total=5420e9, percent=23.1,
      subject="doanh thu dịch vụ tiệc cưới, hội nghị", period=inherit(M10s)),
    F("từ 3 đến 5 đám", "3", 3, "measure", "đám cưới/ngày", value_max=5,
      subject="đám cưới Trung tâm tiệc cưới Kinh Bắc Palace phục vụ mỗi ngày cuối tuần", location=TS),
    F("khoảng 150 mâm", "150", 150, "measure", "mâm/đám", approx="about",
      subject="số mâm bình quân mỗi đám cưới", location=TS),
    F("dao động 2,8-4,5 triệu", "2,8", 2.8e6, "money", "đồng/mâm", value_max=4.5e6,
      change=change("increase", 5, "%", "năm trước", approx="about"),
      subject="giá mâm cỗ", location=TS),
    F("gần 120 lao động", "120", 120, "count", "lao động", approx="nearly",
      subject="lao động trung tâm tiệc cưới sử dụng", location=TS),
    F("trong đó 85 lao động", "85", 85, "count", "lao động", total=120,
      subject="lao động thời vụ", location=TS),
    F("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="cơ sở tiệc cưới được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=END24),
    F("hiện đạt 84,5%", "84,5", 84.5, "percent", "%",
      subject="cơ sở tiệc cưới được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
]

NOTES = [
    "Province portal (Bắc Ninh): wedding-party businesses, food-safety checks 10 months 2024; 'Cập nhật: 18/11/2024 10:35 | Lượt xem: 1.864'.",
    "Distractors: 10:35, Lượt xem 1.864, Nghị định số 15/2018/NĐ-CP, 'số 86 đường Lý Thái Tổ', hotline 0222.3854.127, 'năm 2023' in a related link.",
    "Headline 'hơn 320 lượt' has no period phrase: no period. 'từ 1.000 khách trở lên' is a size threshold naming a class: optional.",
    "'phát hiện 41 cơ sở vi phạm, chiếm 12,6%' after 'kiểm tra 326 lượt cơ sở': no part-of-whole cue, so percent only, no total.",
    "'Trong đó, ... ước khoảng 1.250 tỷ đồng, chiếm 23,1%' after a sentence break: total 5.420 tỷ, percent 23,1; period inherited.",
    "The wedding centre passage opens 'Tại TP Từ Sơn': location Từ Sơn for its 5 figures. 'mỗi ngày cuối tuần ... từ 3 đến 5 đám cưới' is a rate (measure, đám cưới/ngày).",
    "'đến hết năm 2024' on a target: start null, end 2024-12-31. '(hiện đạt 84,5%)' has its own verb: actual, no period.",
]

if __name__ == "__main__":
    write("p1379-1", TEXT, NOTES, FIGS, published="2024-11-18", location="Bắc Ninh")
