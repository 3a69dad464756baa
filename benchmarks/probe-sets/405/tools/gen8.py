from lib import *

T = """BÁO NAM ĐỊNH ĐIỆN TỬ
Xã hội | Văn hóa | Kinh tế | Pháp luật

Nếp sống văn minh trong việc tang: Từ vận động đến thói quen

(BNĐ) - Tính đến 30/9/2024, toàn tỉnh đã có 3/3 cơ sở hỏa táng đi vào hoạt động ổn định với tổng công suất trên 150 ca/ngày. Tỷ lệ hỏa táng của tỉnh 9 tháng năm 2024 đạt 89,3%, đứng thứ 3 toàn quốc, chỉ sau TP Hồ Chí Minh và Thái Bình.

Theo Sở Văn hóa, Thể thao và Du lịch, từ đầu năm, toàn tỉnh có gần 14 nghìn ca từ trần, trong đó hơn 12,4 nghìn ca được hỏa táng. Số ca hỏa táng hiện nay gấp 3 lần năm 2018. Nhiều địa phương đạt tỷ lệ cao như thành phố Nam Định 97,8%, huyện Ý Yên 93,1%, huyện Nghĩa Hưng 90,4%; huyện Giao Thủy thấp nhất với 78,6%.

Trên địa bàn tỉnh hiện có 214 cơ sở kinh doanh dịch vụ mai táng, gồm 32 doanh nghiệp và 182 hộ kinh doanh. Quý III/2024, các ngành chức năng kiểm tra 46 cơ sở, phát hiện 7 cơ sở vi phạm, xử phạt hành chính 38,5 triệu đồng.

Cùng với hỏa táng, việc chỉnh trang nghĩa trang được đẩy mạnh. Năm 2023, các địa phương đã quy tập hàng chục nghìn ngôi mộ rải rác về nghĩa trang tập trung, giải phóng khoảng 150 ha đất. Kinh phí chỉnh trang nghĩa trang giai đoạn 2021-2024 ước đạt 1.240 tỷ đồng, trong đó nhân dân đóng góp trên 60%.

Ông Trần Văn Tám, xóm 5, xã Xuân Hồng (huyện Xuân Trường) cho biết, chi phí một đám tang hiện nay chỉ khoảng 25-30 triệu đồng, giảm gần 40% so với trước.

Phấn đấu năm 2025, tỷ lệ hỏa táng toàn tỉnh đạt 92%, 100% thôn, xóm, tổ dân phố đưa nội dung cải cách việc tang vào hương ước, quy ước.

Minh Hiền

28/11/2024
"""

p30s = P("Tính đến 30/9/2024", None, "2024-09-30")
p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
pytd = P("từ đầu năm", "2024-01-01", "2024-11-28")
pq3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
p23 = P("Năm 2023", "2023-01-01", "2023-12-31")
pg = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
p25 = P("năm 2025", "2025-01-01", "2025-12-31")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
R = "tỷ lệ hỏa táng"
figs = [
    F("có 3/3 cơ sở", "3", 3, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đi vào hoạt động ổn định", total=3, period=p30s),
    F("trên 150 ca/ngày", "150", 150, "measure", "ca/ngày", "tổng công suất", approx="over", period=p30s),
    F("đạt 89,3%", "89,3", 89.3, "percent", "%", "Tỷ lệ hỏa táng của tỉnh", period=p9),
    F("đứng thứ 3 toàn quốc", "3", 3, "rank", "hạng", "Tỷ lệ hỏa táng của tỉnh", period=p9),
    F("gần 14 nghìn ca", "14", 14000, "count", "ca", "ca từ trần", approx="nearly", period=pytd),
    F("hơn 12,4 nghìn ca", "12,4", 12400, "count", "ca", "ca được hỏa táng", approx="over", total=14000, period=pytd),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "Số ca hỏa táng hiện nay so với năm 2018"),
    F("Nam Định 97,8%", "97,8", 97.8, "percent", "%", R, period=p9i, location="Nam Định"),
    F("Ý Yên 93,1%", "93,1", 93.1, "percent", "%", R, period=p9i, location="Ý Yên"),
    F("Nghĩa Hưng 90,4%", "90,4", 90.4, "percent", "%", R, period=p9i, location="Nghĩa Hưng"),
    F("với 78,6%", "78,6", 78.6, "percent", "%", R, period=p9i, location="Giao Thủy"),
    F("có 214 cơ sở", "214", 214, "count", "cơ sở kinh doanh dịch vụ mai táng", "cơ sở kinh doanh dịch vụ mai táng"),
    F("gồm 32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", "doanh nghiệp kinh doanh dịch vụ mai táng", total=214),
    F("và 182 hộ", "182", 182, "count", "hộ kinh doanh", "hộ kinh doanh dịch vụ mai táng", total=214),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở được kiểm tra", period=pq3),
    F("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở vi phạm", period=pq3),
    F("phạt hành chính 38,5 triệu đồng", "38,5", 38.5e6, "money", "đồng", "xử phạt hành chính", period=pq3),
    F("hàng chục nghìn ngôi mộ", "chục", 10000, "count", "ngôi mộ", "ngôi mộ rải rác quy tập về nghĩa trang tập trung", approx="about", period=p23, optional=True),
    F("khoảng 150 ha", "150", 150, "measure", "ha", "đất được giải phóng", approx="about", period=p23),
    F("ước đạt 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng", "Kinh phí chỉnh trang nghĩa trang", status="estimate", period=pg),
    F("trên 60%", "60", 60, "percent", "%", "nhân dân đóng góp", approx="over", status="estimate", period=pg),
    F("khoảng 25-30 triệu", "25", 25e6, "money", "đồng", "chi phí một đám tang", approx="about", value_max=30e6,
      change=CH("decrease", 40, "%", "trước", approx="nearly"), location="Xuân Trường"),
    F("đạt 92%", "92", 92, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", status="target", period=p25),
    F("100% thôn", "100", 100, "percent", "%", "thôn, xóm, tổ dân phố đưa nội dung cải cách việc tang vào hương ước, quy ước", status="target", period=p25),
]

emit(8, T, [
    "Provincial Party newspaper (Báo Nam Định, '(BNĐ)' implies the province), byline and a bare date '28/11/2024' at the end.",
    "'3/3 cơ sở' total 3. '9 tháng năm 2024' rate and 'đứng thứ 3 toàn quốc' rank (same sentence). 'từ đầu năm' (no 'đến nay') runs to the dateline.",
    "'trong đó hơn 12,4 nghìn' part of 14 nghìn. 'gấp 3 lần năm 2018' with no number for the count -> multiple standing alone.",
    "District list with bare numbers (no brackets): locations. 'gồm 32 … và 182' parts of 214 (sum matches). 'hàng chục nghìn' optional (vague).",
    "'trong đó nhân dân đóng góp trên 60%' is a percent (no amount of its own) under 'ước đạt' -> estimate; no total. '25-30 triệu' from the villager",
    "in huyện Xuân Trường -> location Xuân Trường (judgment). 'giảm gần 40% so với trước' is that range's change.",
    "Distractors: 'xóm 5', a name with a number word (Trần Văn Tám), baseline 'năm 2018'.",
], figs, published="2024-11-28", location="Nam Định")
