"""p1542-5: provincial newspaper (Báo Bắc Giang, BGĐT): summer heat doubles demand for bottled water; inspections."""
from lib import fig, per, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội > Y tế

Nắng nóng, sức tiêu thụ nước đóng bình tăng gấp đôi

Thứ Ba, 18/06/2024 | 10:15

(BGĐT) - Những ngày nắng nóng trên 38 độ C, nhu cầu nước uống đóng bình tại các khu công nghiệp, trường học tăng mạnh. Nhiều cơ sở phải tăng ca, song việc kiểm soát chất lượng vẫn là nỗi lo.

Tại Công ty TNHH Nước sạch Hoàng Long ở xã Nội Hoàng, huyện Yên Dũng, 3 dây chuyền chạy liên tục từ 5 giờ sáng đến 22 giờ. Ông Nguyễn Văn Hưng, Giám đốc công ty cho biết, từ đầu tháng 6 đến nay, mỗi ngày công ty xuất xưởng khoảng 3.200 bình nước, gấp đôi ngày thường; số lao động tăng từ 14 lên 22 người.

Theo Sở Y tế, toàn tỉnh Bắc Giang hiện có 142 cơ sở sản xuất nước uống đóng chai, đóng bình, tập trung tại TP Bắc Giang, thị xã Việt Yên và huyện Yên Dũng. Từ đầu năm đến nay, ngành y tế đã kiểm tra 57 cơ sở, xử phạt 9 cơ sở với tổng số tiền 96 triệu đồng; lấy 48 mẫu kiểm nghiệm thì 5 mẫu không đạt.

Giá bán nước đóng bình không thay đổi nhiều, phổ biến 10.000-15.000 đồng/bình; riêng nước đóng chai loại nhỏ tăng khoảng 5% so với tháng trước do chi phí vận chuyển tăng.

Bác sĩ Lê Thị Hạnh, Trưởng phòng Nghiệp vụ Y, Sở Y tế khuyến cáo người dân chỉ mua sản phẩm có nhãn mác, hạn sử dụng rõ ràng; không dùng bình bị trầy xước, đổi màu. Trong tháng 7, Sở phấn đấu kiểm tra thêm ít nhất 20 cơ sở, ưu tiên các cơ sở chưa kiểm nghiệm định kỳ.

Thu Hà

Tags: nước đóng bình, an toàn thực phẩm, nắng nóng
"""

SINCE = per("từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-18")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
JUL = per("tháng 7", "2024-07-01", "2024-07-31")
YD = "Yên Dũng"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="sức tiêu thụ nước đóng bình"),
    fig("trên 38 độ C", "38", 38, "measure", "độ C", approx="over",
        subject="nhiệt độ những ngày nắng nóng"),
    fig("3 dây chuyền", "3", 3, "count", "dây chuyền",
        subject="dây chuyền của Công ty TNHH Nước sạch Hoàng Long", location=YD),
    fig("khoảng 3.200 bình", "3.200", 3200, "measure", "bình/ngày", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="bình nước công ty xuất xưởng mỗi ngày", period=SINCE, location=YD),
    fig("từ 14 lên", "14", 14, "count", "người", optional=True,
        subject="số lao động trước đó", location=YD),
    fig("lên 22 người", "22", 22, "count", "người", subject="số lao động", period=SINCE, location=YD),
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình"),
    fig("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở ngành y tế đã kiểm tra", period=YTD),
    fig("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị xử phạt", period=YTD),
    fig("tiền 96 triệu", "96", 96e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("lấy 48 mẫu", "48", 48, "count", "mẫu", subject="mẫu kiểm nghiệm", period=YTD),
    fig("thì 5 mẫu", "5", 5, "count", "mẫu", subject="mẫu không đạt", period=YTD),
    fig("10.000-15.000", "10.000", 10000, "money", "đồng/bình", value_max=15000,
        subject="giá bán nước đóng bình"),
    fig("khoảng 5%", "5", 5, "percent", "%", approx="about", subject="giá nước đóng chai loại nhỏ"),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở Sở kiểm tra thêm", period=JUL),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section path, 'Thứ Ba, 18/06/2024 | 10:15', tag '(BGĐT) -', sapo, byline 'Thu Hà', tags.",
    "Distractors: 10:15, times of day '5 giờ sáng', '22 giờ', 'so với tháng trước' (baseline).",
    "Headline 'tăng gấp đôi' stands alone as the claim: multiple 2 (đôi). In the body 'gấp đôi ngày thường' after 3.200 bình is that figure's change (×2).",
    "'mỗi ngày … khoảng 3.200 bình' is a rate (measure, bình/ngày) with the period 'từ đầu tháng 6 đến nay' (ends at the dateline).",
    "'tăng từ 14 lên 22 người': 22 is the figure; the old value 14 is optional. The firm's figures are in huyện Yên Dũng.",
    "'trên 38 độ C' is a measured fact (over). '5 mẫu' after 'lấy 48 mẫu … thì' has no part-of cue: no total. 'tháng 7' takes 2024.",
]

if __name__ == "__main__":
    write("p1542-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Bắc Giang")
