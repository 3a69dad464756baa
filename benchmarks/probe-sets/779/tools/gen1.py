from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nam Định: Tỷ lệ hỏa táng 6 tháng đầu năm 2024 đạt 41,6%

Cập nhật: 18/07/2024 15:20
Lượt xem: 1.284

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024 toàn tỉnh có 5.912 người từ trần, trong đó có 2.459 trường hợp được hỏa táng. Tỷ lệ hỏa táng đạt 41,6%, tăng 6,3 điểm phần trăm so với cùng kỳ năm 2023 và bằng 92,4% kế hoạch năm.

Một số địa phương có tỷ lệ hỏa táng cao là thành phố Nam Định (78,2%), huyện Vụ Bản (55,4%), huyện Mỹ Lộc (51,7%); thấp nhất là các huyện Hải Hậu và Giao Thủy với lần lượt 18,5% và 16,9%.

Thực hiện Nghị quyết số 11/2022/NQ-HĐND của HĐND tỉnh, từ đầu năm đến nay ngân sách tỉnh đã chi hơn 4,9 tỷ đồng hỗ trợ các gia đình có người thân hỏa táng. Mức hỗ trợ của tỉnh là 2 triệu đồng/ca; ngoài ra, các huyện, thành phố hỗ trợ thêm từ 1 đến 3 triệu đồng/ca tùy theo địa bàn.

Hiện toàn tỉnh có 2 cơ sở hỏa táng đang hoạt động với tổng cộng 6 lò, công suất khoảng 40 ca/ngày. Cơ sở thứ 3 tại xã Yên Bằng, huyện Ý Yên (cạnh Quốc lộ 10) có tổng mức đầu tư 185 tỷ đồng, dự kiến hoàn thành trong quý IV/2024.

Theo Kế hoạch số 96/KH-UBND, tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng toàn tỉnh đạt 50% và đến năm 2030 đạt trên 70%. Người dân cần tư vấn thủ tục hỏa táng có thể liên hệ đường dây nóng 0228.3649.115.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FROM = P("từ đầu năm đến nay", "2024-01-01", "2024-07-18")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S = "tỷ lệ hỏa táng"

FIGS = [
    F("Tỷ lệ hỏa táng 6 tháng đầu năm 2024 đạt 41,6%", "41,6", 41.6, "percent", "%", S, H1),
    F("có 5.912 người", "5.912", 5912, "count", "người", "người từ trần", H1),
    F("có 2.459 trường hợp", "2.459", 2459, "count", "trường hợp", "trường hợp được hỏa táng", H1, total=5912),
    F("Tỷ lệ hỏa táng đạt 41,6%", "41,6", 41.6, "percent", "%", S, I(H1),
      change=CH("increase", 6.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("bằng 92,4% kế hoạch", "92,4", 92.4, "percent", "%", "tỷ lệ hỏa táng so với kế hoạch năm", I(H1)),
    F("(78,2%)", "78,2", 78.2, "percent", "%", S, I(H1), location="Nam Định"),
    F("(55,4%)", "55,4", 55.4, "percent", "%", S, I(H1), location="Vụ Bản"),
    F("(51,7%)", "51,7", 51.7, "percent", "%", S, I(H1), location="Mỹ Lộc"),
    F("lần lượt 18,5%", "18,5", 18.5, "percent", "%", S, I(H1), location="Hải Hậu"),
    F("và 16,9%", "16,9", 16.9, "percent", "%", S, I(H1), location="Giao Thủy"),
    F("chi hơn 4,9 tỷ đồng", "4,9", 4.9e9, "money", "đồng",
      "ngân sách tỉnh chi hỗ trợ các gia đình có người thân hỏa táng", FROM, approx="over"),
    F("là 2 triệu đồng/ca", "2", 2e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng của tỉnh"),
    F("từ 1 đến 3 triệu", "1", 1e6, "money", "đồng/ca", "mức hỗ trợ thêm của các huyện, thành phố", value_max=3e6),
    F("có 2 cơ sở hỏa táng", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("tổng cộng 6 lò", "6", 6, "count", "lò", "lò hỏa táng"),
    F("khoảng 40 ca/ngày", "40", 40, "measure", "ca/ngày", "công suất các cơ sở hỏa táng", approx="about"),
    F("185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng mức đầu tư cơ sở hỏa táng thứ 3", location="Ý Yên"),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T25, status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T30, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nam Định: tỷ lệ hỏa táng 6 tháng đầu năm 2024, hỗ trợ kinh phí, cơ sở hỏa táng, mục tiêu 2025/2030 (invented).",
    "Distractors: 'Lượt xem: 1.284', 'Nghị quyết số 11/2022/NQ-HĐND', 'Kế hoạch số 96/KH-UBND', 'Quốc lộ 10', 'Cơ sở thứ 3',",
    "'quý IV/2024' (completion date, not the investment's period), phone 0228.3649.115.",
    "92,4% kế hoạch after the percent 41,6% is a percent figure of its own; the change in điểm phần trăm belongs to 41,6%.",
    "revised: 185 tỷ location Nam Định -> Ý Yên (the facility stands 'tại … huyện Ý Yên'; same rule as p779-7's Văn Giang lò).",
    "185 tỷ: approved investment, actual (the dự kiến cue governs the later clause); no period (quý IV is the completion date).",
]

if __name__ == "__main__":
    emit("p779-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nam Định")
