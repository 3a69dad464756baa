import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

rows = [
    ("Việt Yên", "6.215", "7.940", "127,8", "Việt Yên"),
    ("Yên Dũng", "2.108", "2.561", "121,5", "Yên Dũng"),
    ("TP Bắc Giang", "1.876", "2.034", "108,4", "Bắc Giang"),
    ("Lạng Giang", "1.432", "1.390", "97,1", "Lạng Giang"),
    ("Hiệp Hòa", "1.105", "1.288", "116,6", "Hiệp Hòa"),
    ("Các huyện còn lại", "2.064", "2.187", "106,0", "Bắc Giang"),
    ("Toàn tỉnh", "14.800", "17.400", "117,6", "Bắc Giang"),
]
table = "Huyện, thành phố\nNăm 2022\nNăm 2023\nSo sánh (%)\n" + "".join(f"{a}\n{b}\n{c}\n{d}\n" for a, b, c, d, _ in rows)

text = """Bắc Giang: Số người hưởng trợ cấp thất nghiệp năm 2023 tăng 17,6%

Năm 2023, Trung tâm Dịch vụ việc làm tỉnh Bắc Giang đã tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp của 18.312 người; trong đó 17.400 người có quyết định hưởng với tổng số tiền chi trả khoảng 412 tỷ đồng.

Nguyên nhân chính là nhiều doanh nghiệp điện tử, may mặc tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám (huyện Việt Yên) và Song Khê - Nội Hoàng (huyện Yên Dũng) giảm đơn hàng, không ký tiếp hợp đồng với người lao động.

Số người có quyết định hưởng trợ cấp thất nghiệp theo địa bàn
Đơn vị tính: người
""" + table + """
Ngoài chi trả trợ cấp, trung tâm đã tư vấn, giới thiệu việc làm cho 21.650 lượt người, hỗ trợ học nghề cho 285 người. Trong năm, tỉnh tổ chức 48 phiên giao dịch việc làm với hơn 2.100 lượt doanh nghiệp tham gia, tuyển dụng khoảng 58.000 lao động; có 6/10 huyện, thành phố tổ chức phiên giao dịch việc làm định kỳ hằng tháng.

Năm 2024, tỉnh đặt mục tiêu tạo việc làm mới cho 30.000 lao động, trong đó khoảng 6.500 lao động đi làm việc ở nước ngoài. Thông tin chi tiết liên hệ Phòng Việc làm - An toàn lao động, Sở Lao động - Thương binh và Xã hội, điện thoại 0204.3854.297.
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
SUBJ = "Số người có quyết định hưởng trợ cấp thất nghiệp"
figs = [
    F("tăng 17,6%", "17,6", 17.6, "percent", "%", "Số người hưởng trợ cấp thất nghiệp", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("của 18.312 người", "18.312", 18312, "count", "người", "người đề nghị hưởng trợ cấp thất nghiệp", Y),
    F("trong đó 17.400 người", "17.400", 17400, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp", Y, total=18312),
    F("khoảng 412 tỷ đồng", "412", 412e9, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp", Y, approx="about"),
]
for label, a, b, c, loc in rows:
    rs = SUBJ + (" các huyện còn lại" if label.startswith("Các huyện") else "")
    figs.append(F(f"{label}\n{a}", a, int(a.replace(".", "")), "count", "người", rs + " năm 2022", Y22, location=loc))
    figs.append(F(f"{a}\n{b}", b, int(b.replace(".", "")), "count", "người", rs + " năm 2023", Y, location=loc))
    figs.append(F(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%", rs + " năm 2023 so sánh với năm 2022", location=loc))
figs += [
    F("cho 21.650 lượt người", "21.650", 21650, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm", Yi),
    F("cho 285 người", "285", 285, "count", "người", "người được hỗ trợ học nghề", Yi),
    F("tổ chức 48 phiên", "48", 48, "count", "phiên", "phiên giao dịch việc làm", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("hơn 2.100 lượt", "2.100", 2100, "count", "lượt doanh nghiệp", "lượt doanh nghiệp tham gia phiên giao dịch việc làm",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 58.000 lao động", "58.000", 58000, "count", "lao động", "lao động được tuyển dụng",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("có 6/10 huyện", "6", 6, "count", "huyện, thành phố", "huyện, thành phố tổ chức phiên giao dịch việc làm định kỳ hằng tháng",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=10),
    F("cho 30.000 lao động", "30.000", 30000, "count", "lao động", "lao động được tạo việc làm mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 6.500 lao động", "6.500", 6500, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target", total=30000),
]
header = [
    "revised after the first run: the row label 'Các huyện còn lại' is no place, so by the table rule it joins the subject of its three cells.",
    "Cổng TTĐT tỉnh Bắc Giang (province portal), no dateline: unemployment-benefit decisions in 2023, one-cell-per-line table by district.",
    "Table header 'Huyện, thành phố | Năm 2022 | Năm 2023 | So sánh (%)', 'Đơn vị tính: người'; the row label is a place, so it goes to location",
    "('Các huyện còn lại' and 'Toàn tỉnh' keep the province; 'TP Bắc Giang' is the city). Period from the column header (scored, as in shared h23);",
    "the 'So sánh (%)' column (2023 as % of 2022) has no period of its own. The title's 17,6% is a growth rate stated as the claim: no change object.",
    "'Trong năm' in an article about 2023 = 2023. '6/10 huyện, thành phố' total 10. 2024 plan: target, 6.500 part of 30.000.",
    "Distractors: industrial parks in districts (not the place of the province's figures), phone 0204.3854.297.",
]
emit("p449-8", text, header, {"location": "Bắc Giang"}, figs)
