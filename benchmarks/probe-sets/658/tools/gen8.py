"""p658-8: provincial newspaper (Báo Quảng Ninh style), byline + time + date, year-end 2023 spending on animal disease control."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh tế > Nông nghiệp

Quảng Ninh chi hơn 21 tỷ đồng phòng, chống dịch bệnh gia súc, gia cầm

MINH ĐỨC 06:48, 28/12/2023

Năm 2023, tổng kinh phí tỉnh Quảng Ninh chi cho công tác phòng, chống dịch bệnh động vật ước đạt 21,35 tỷ đồng, bằng 94,7% dự toán; trong đó kinh phí mua vắc xin 11,8 tỷ đồng, hỗ trợ người chăn nuôi có vật nuôi bị tiêu hủy 6,42 tỷ đồng, còn lại là hóa chất, vật tư tiêu độc.

Trong năm, đàn vật nuôi của tỉnh được tiêm 126.500 liều vắc xin LMLM, 1,86 triệu liều vắc xin cúm gia cầm và 38.700 liều vắc xin dịch tả lợn châu Phi. Tỷ lệ tiêm phòng các bệnh bắt buộc trên đàn gia súc đạt bình quân 83,2%, cao hơn 3,2% so với chỉ tiêu tỉnh giao (80%).

Dù vậy, năm 2023 toàn tỉnh vẫn xảy ra 23 ổ dịch tả lợn châu Phi tại 4 huyện, gồm: Tiên Yên 9 ổ dịch, Bình Liêu 6 ổ dịch, Hải Hà 5 ổ dịch và Ba Chẽ 3 ổ dịch; buộc tiêu hủy 862 con lợn, tổng trọng lượng hơn 48 tấn. Mức hỗ trợ theo Nghị quyết số 194/2019/NQ-HĐND là 40.000 đồng/kg lợn hơi, cao hơn 5.000 đồng/kg so với mức chung của Trung ương.

Toàn tỉnh hiện có 177 nhân viên thú y cấp xã, bình quân 1,03 người/xã, phần lớn làm việc kiêm nhiệm. Các chốt kiểm dịch trên Quốc lộ 18 và cửa khẩu Bắc Phong Sinh được duy trì 24/24 giờ.

Năm 2024, tỉnh dự kiến bố trí 23,5 tỷ đồng cho phòng, chống dịch bệnh động vật, tăng 10,1% so với năm 2023; phấn đấu 100% số xã, phường, thị trấn không để dịch bệnh nguy hiểm lây lan.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 21 tỷ đồng", "21", 21000000000, "money", "đồng", "kinh phí phòng, chống dịch bệnh gia súc, gia cầm",
      I(Y23), approx="over"),
    F("đạt 21,35 tỷ đồng", "21,35", 21350000000, "money", "đồng",
      "tổng kinh phí chi cho công tác phòng, chống dịch bệnh động vật", Y23, percent=94.7, status="estimate"),
    F("vắc xin 11,8 tỷ đồng", "11,8", 11800000000, "money", "đồng", "kinh phí mua vắc xin", Y23,
      total=21350000000, status="estimate"),
    F("tiêu hủy 6,42 tỷ đồng", "6,42", 6420000000, "money", "đồng",
      "kinh phí hỗ trợ người chăn nuôi có vật nuôi bị tiêu hủy", Y23, total=21350000000, status="estimate"),
    F("tiêm 126.500 liều", "126.500", 126500, "count", "liều", "liều vắc xin LMLM đã tiêm", TN),
    F("1,86 triệu liều", "1,86", 1860000, "count", "liều", "liều vắc xin cúm gia cầm đã tiêm", TN),
    F("và 38.700 liều", "38.700", 38700, "count", "liều", "liều vắc xin dịch tả lợn châu Phi đã tiêm", TN),
    F("bình quân 83,2%", "83,2", 83.2, "percent", "%", "Tỷ lệ tiêm phòng các bệnh bắt buộc trên đàn gia súc",
      I(TN), change=CH("increase", 3.2, baseline="chỉ tiêu tỉnh giao"), target=TG(80, met=True)),
    F("ra 23 ổ dịch", "23", 23, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", y23),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện có ổ dịch tả lợn châu Phi", y23),
    F("Tiên Yên 9 ổ dịch", "9", 9, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", y23, total=23, location="Tiên Yên"),
    F("Bình Liêu 6 ổ dịch", "6", 6, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", y23, total=23, location="Bình Liêu"),
    F("Hải Hà 5 ổ dịch", "5", 5, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", y23, total=23, location="Hải Hà"),
    F("Ba Chẽ 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", y23, total=23, location="Ba Chẽ"),
    F("hủy 862 con", "862", 862, "count", "con lợn", "lợn buộc tiêu hủy", y23),
    F("hơn 48 tấn", "48", 48, "measure", "tấn", "tổng trọng lượng lợn tiêu hủy", y23, approx="over"),
    F("là 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "Mức hỗ trợ lợn hơi tiêu hủy",
      change=CH("increase", 5000, "đồng/kg", baseline="mức chung của Trung ương")),
    F("có 177 nhân viên", "177", 177, "count", "nhân viên thú y", "nhân viên thú y cấp xã"),
    F("bình quân 1,03", "1,03", 1.03, "measure", "người/xã", "nhân viên thú y cấp xã bình quân mỗi xã"),
    F("bố trí 23,5 tỷ đồng", "23,5", 23500000000, "money", "đồng", "kinh phí phòng, chống dịch bệnh động vật", Y24,
      status="forecast", change=CH("increase", 10.1, baseline="năm 2023")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã, phường, thị trấn không để dịch bệnh nguy hiểm lây lan", Y24,
      status="target"),
]

COMMENTS = [
    "Provincial newspaper (invented, Báo Quảng Ninh style): 2023 spending on animal disease control; 'MINH ĐỨC 06:48, 28/12/2023'.",
    "'ước đạt 21,35 tỷ đồng, bằng 94,7% dự toán; trong đó …': the parts carry total 21,35 tỷ and the estimate status of the clause.",
    "'cao hơn 3,2% so với chỉ tiêu tỉnh giao (80%)' = plan gap as change + target 80 (as shared h09).",
    "'23 ổ dịch … tại 4 huyện, gồm: Tiên Yên 9 ổ dịch …': parts add up to 23 (total 23), districts as location.",
    "'cao hơn 5.000 đồng/kg so với mức chung' is the change of 40.000 đồng/kg. Not figures: Nghị quyết số 194/2019/NQ-HĐND,",
    "Quốc lộ 18, '24/24 giờ' (round the clock), byline time. Headline 'hơn 21 tỷ' takes the lead's year (inherited).",
]

if __name__ == "__main__":
    emit("p658-8", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Quảng Ninh")
