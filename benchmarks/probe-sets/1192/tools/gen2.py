"""p1192-2: district portal (huyện Cát Hải, Hải Phòng), fish cake makers of Cát Bà."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghề làm chả cá ở Cát Bà vào vụ

Ngày đăng: 23/05/2024 08:15

Những tháng đầu năm, các cơ sở chế biến chả cá ở thị trấn Cát Bà và xã Phù Long tất bật vào vụ. Theo Phòng Kinh tế huyện, hiện toàn huyện có 46 cơ sở, hộ gia đình sản xuất chả cá, trong đó 12 cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Từ đầu năm đến nay, các cơ sở đã tiêu thụ khoảng 185 tấn chả cá, doanh thu ước hơn 37 tỷ đồng.

Cơ sở chả cá Hùng Lan ở tổ dân phố 5, thị trấn Cát Bà là một trong những cơ sở lớn nhất huyện. Mỗi ngày, cơ sở thu mua từ 300 đến 400 kg cá thu, cá nhồng để làm ra khoảng 150 kg chả. Chị Phạm Thị Lan, chủ cơ sở cho biết, giá bán chả cá thu hiện 320.000 đồng/kg, chả cá nhồng 220.000 đồng/kg; cơ sở tạo việc làm thường xuyên cho tám lao động với mức lương 7 triệu đồng/người/tháng. Năm 2023, cơ sở đạt doanh thu gần 6 tỷ đồng, lãi khoảng 900 triệu đồng.

Theo kế hoạch của UBND huyện, năm 2024 phấn đấu có thêm 5 sản phẩm chả cá đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP chả cá của huyện lên 9 sản phẩm; hỗ trợ hai hợp tác xã xây dựng bao bì, tem truy xuất nguồn gốc. Trong mùa du lịch hè từ tháng 6 đến tháng 8, nhu cầu chả cá dự kiến tăng gấp 2 lần so với các tháng khác. Huyện sẽ tổ chức Phiên chợ chả cá Cát Bà lần thứ 2 tại khu vực bến tàu số 1.

Phòng Văn hóa và Thông tin huyện Cát Hải
Điện thoại: 0225.3888.210
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-23")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUMMER = P("từ tháng 6 đến tháng 8", "2024-06-01", "2024-08-31")

FIGS = [
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở, hộ gia đình sản xuất chả cá"),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", total=46,
      subject="cơ sở sản xuất chả cá được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("khoảng 185 tấn", "185", 185, "measure", "tấn", approx="about", subject="chả cá tiêu thụ", period=YTD),
    F("hơn 37 tỷ", "37", 37e9, "money", "đồng", approx="over", status="estimate",
      subject="doanh thu chả cá của các cơ sở", period=YTD),
    F("từ 300 đến 400 kg", "300", 300, "measure", "kg/ngày", value_max=400,
      subject="cá thu, cá nhồng thu mua mỗi ngày"),
    F("khoảng 150 kg", "150", 150, "measure", "kg/ngày", approx="about", subject="chả cá làm ra mỗi ngày"),
    F("hiện 320.000", "320.000", 320000, "money", "đồng/kg", subject="giá bán chả cá thu"),
    F("nhồng 220.000", "220.000", 220000, "money", "đồng/kg", subject="giá bán chả cá nhồng"),
    F("cho tám lao động", "tám", 8, "count", "lao động", subject="lao động có việc làm thường xuyên tại cơ sở"),
    F("lương 7 triệu", "7", 7e6, "money", "đồng/người/tháng", subject="mức lương lao động tại cơ sở"),
    F("gần 6 tỷ", "6", 6e9, "money", "đồng", approx="nearly", subject="doanh thu của cơ sở chả cá Hùng Lan",
      period=Y23),
    F("khoảng 900 triệu", "900", 900e6, "money", "đồng", approx="about", subject="lãi của cơ sở chả cá Hùng Lan",
      period=Y23),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
      subject="sản phẩm chả cá đạt chuẩn OCOP có thêm", period=Y24),
    F("lên 9 sản phẩm", "9", 9, "count", "sản phẩm", status="target",
      subject="tổng số sản phẩm OCOP chả cá của huyện", period=Y24),
    F("hỗ trợ hai hợp tác xã", "hai", 2, "count", "hợp tác xã", status="target",
      subject="hợp tác xã được hỗ trợ xây dựng bao bì, tem truy xuất nguồn gốc", period=Y24),
    F("gấp 2 lần", "2", 2, "multiple", "lần", status="forecast", subject="nhu cầu chả cá tăng", period=SUMMER),
]

NOTES = [
    "District portal (huyện Cát Hải, Hải Phòng): fish cake makers in Cát Bà. 'Ngày đăng: 23/05/2024 08:15'. Location = the district (Cát Hải).",
    "Distractors: 'tổ dân phố 5', 'OCOP từ 3 sao trở lên' (a rating class, like 'mức độ 3'), 'lần thứ 2', 'bến tàu số 1', phone, 08:15.",
    "'Từ đầu năm đến nay' ends at the published date. Household passage (Hùng Lan): 'Mỗi ngày' gives per-day units; number word 'tám'.",
    "'thêm 5 ... nâng tổng số lên 9': two target figures, no attributes. 'gấp 2 lần' standing as the claim: multiple, forecast ('dự kiến').",
    "'hai hợp tác xã' continues the 'phấn đấu' clause after ';' -> target.",
]

if __name__ == "__main__":
    write("p1192-2", TEXT, NOTES, FIGS, published="2024-05-23", location="Cát Hải")
