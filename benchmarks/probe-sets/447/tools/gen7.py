from lib import F, P, I, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI
Trang chủ | Tin tức - Sự kiện | Kinh tế

Thanh Oai: Quản lý chặt đàn chó, mèo, không để bệnh dại xâm nhiễm

Tính đến ngày 30/9/2024, toàn huyện có 24.860 hộ nuôi 31.742 con chó, mèo, trong đó 27.315 con chó và 4.427 con mèo. Số chó, mèo đã được đăng ký quản lý trên phần mềm của huyện là 29.104 con (chiếm 91,7%).

Quý III/2024, huyện đã tiêm phòng vắc xin dại cho 8.156 con, nâng tổng số chó, mèo được tiêm từ đầu năm đến nay lên 26.980 con, đạt 85% tổng đàn và đạt 103,8% kế hoạch. Các xã Bích Hòa, Cự Khê, Tam Hưng đạt tỷ lệ tiêm trên 95%; riêng thị trấn Kim Bài mới đạt 68,3% do nhiều hộ kinh doanh nuôi chó không khai báo.

Trong 9 tháng, trên địa bàn huyện có 1.215 người bị chó, mèo cắn phải đi tiêm phòng dại, giảm 9,6% so với cùng kỳ; không có trường hợp tử vong. Thực hiện Nghị định số 90/2017/NĐ-CP, UBND huyện và UBND các xã đã xử phạt 37 trường hợp thả rông chó, không tiêm phòng, với tổng số tiền hơn 74 triệu đồng.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 21 xã, thị trấn thì 14 xã đã xây dựng được mô hình “Thôn, xóm không có chó thả rông”. Quý IV, huyện phấn đấu tiêm bổ sung khoảng 1.500 con, bảo đảm tỷ lệ tiêm phòng cả năm đạt từ 88% đến 90% tổng đàn; đồng thời đề nghị Chi cục Chăn nuôi và Thú y Hà Nội hỗ trợ 2.000 liều vắc xin.

Người dân có thể phản ánh tình trạng chó thả rông qua đường dây nóng của huyện: 024.3387.3122 hoặc ứng dụng iHanoi.

Phòng Kinh tế huyện Thanh Oai - 03/10/2024
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-03")
N9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 24.860 hộ", "24.860", 24860, "count", "hộ", "hộ nuôi chó, mèo", period=AS),
    F("nuôi 31.742 con", "31.742", 31742, "count", "con", "chó, mèo", period=AS),
    F("trong đó 27.315 con", "27.315", 27315, "count", "con", "chó", total=31742, period=AS),
    F("và 4.427 con", "4.427", 4427, "count", "con", "mèo", total=31742, period=AS),
    F("là 29.104 con", "29.104", 29104, "count", "con", "chó, mèo đã được đăng ký quản lý trên phần mềm", percent=91.7,
      period=I(AS)),
    F("cho 8.156 con", "8.156", 8156, "count", "con", "chó, mèo được tiêm phòng vắc xin dại", period=Q3),
    F("lên 26.980 con", "26.980", 26980, "count", "con", "tổng số chó, mèo được tiêm", percent=85, period=YTD),
    F("đạt 103,8% kế hoạch", "103,8", 103.8, "percent", "%", "tổng số chó, mèo được tiêm so với kế hoạch", period=YTD,
      optional=True),
    F("tiêm trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm", approx="over", period=I(YTD)),
    F("đạt 68,3%", "68,3", 68.3, "percent", "%", "tỷ lệ tiêm thị trấn Kim Bài", period=I(YTD)),
    F("có 1.215 người", "1.215", 1215, "count", "người", "người bị chó, mèo cắn phải đi tiêm phòng dại",
      change={"direction": "decrease", "value": 9.6, "unit": "%", "baseline": "cùng kỳ"}, period=N9),
    F("phạt 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp thả rông chó, không tiêm phòng bị xử phạt",
      period=I(N9)),
    F("hơn 74 triệu", "74", 74e6, "money", "đồng", "tổng số tiền xử phạt", approx="over", period=I(N9)),
    F("có 21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("thì 14 xã", "14", 14, "count", "xã", "xã xây dựng được mô hình “Thôn, xóm không có chó thả rông”", total=21),
    F("khoảng 1.500 con", "1.500", 1500, "count", "con", "chó, mèo tiêm bổ sung", approx="about", status="target", period=Q4),
    F("từ 88% đến 90%", "88", 88, "percent", "%", "tỷ lệ tiêm phòng cả năm", value_max=90, status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("hỗ trợ 2.000 liều", "2.000", 2000, "count", "liều", "vắc xin đề nghị hỗ trợ", optional=True),
]

COMMENTS = [
    "District portal (huyện Thanh Oai, Hà Nội): dog and cat management and rabies vaccination to 30/9/2024. No dateline at the top; the source line",
    "'Phòng Kinh tế huyện Thanh Oai - 03/10/2024' at the end is the article's date. Distractors: Nghị định số 90/2017/NĐ-CP, hotline 024.3387.3122, app name iHanoi.",
    "'Tính đến ngày 30/9/2024' is an as-of period (end only). 'trong đó 27.315 con chó và 4.427 con mèo' parts of 31.742 (they add up); '(chiếm 91,7%)' percent of 29.104.",
    "'26.980 con, đạt 85% tổng đàn và đạt 103,8% kế hoạch': first share is the attribute, the second a percent figure of its own (optional).",
    "'từ đầu năm đến nay' runs to the end-of-article date 03/10/2024. 'Các xã … đạt tỷ lệ tiêm trên 95%' is a claim about three communes (required, over).",
    "'có 21 xã, thị trấn thì 14 xã': part-of (total 21); the 21 itself is structure (optional). 'Quý IV' takes 2024; 'cả năm' 2024 (same sentence, year from the article).",
    "'đề nghị … hỗ trợ 2.000 liều' is a request, not a fact or a plan of the district's own (optional).",
]

if __name__ == "__main__":
    build("p447-7", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Thanh Oai")
