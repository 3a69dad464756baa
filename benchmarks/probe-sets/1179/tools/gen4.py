"""p1179-4: ministry site (Bộ NN&PTNT), national cam, quýt area, output, export, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Trồng trọt | Văn bản

Cả nước có hơn 112.000 ha cam, quýt

Ngày đăng: 10/10/2023 | 14:05

Theo Cục Trồng trọt, tính đến tháng 8/2023, diện tích cây có múi cả nước đạt khoảng 250.000 ha; trong đó cam, quýt có hơn 112.000 ha, chiếm gần 45%. Sản lượng cam, quýt năm 2022 đạt khoảng 1,9 triệu tấn, tăng 6,2% so với năm 2021.

Hiện có 52/63 tỉnh, thành phố trồng cam, quýt. Các địa phương có diện tích cam sành, quýt lớn là Tuyên Quang, Vĩnh Long, Hà Giang và Đồng Tháp với lần lượt 9.400 ha, 8.900 ha, 5.100 ha và 3.200 ha. Năng suất cam sành bình quân từ 18 đến 20 tấn/ha; một số vườn thâm canh ở Vĩnh Long đạt 35 tấn/ha. Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á về diện tích cây có múi.

Về xuất khẩu, 9 tháng năm 2023 kim ngạch cam, quýt ước đạt 52 triệu USD, gấp 1,4 lần cùng kỳ; riêng quý III đạt 21 triệu USD.

Tuy nhiên, khoảng 30% diện tích còn sử dụng giống không rõ nguồn gốc; diện tích áp dụng VietGAP, GlobalGAP mới chiếm 12%.

Theo Quyết định số 1481/QĐ-BNN-TT, đến năm 2030 diện tích cam, quýt ổn định ở mức 110.000 - 115.000 ha, sản lượng đạt 2,3 triệu tấn, trong đó 30% sản lượng đạt tiêu chuẩn GAP.

Cục Trồng trọt - Bộ Nông nghiệp và PTNT
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3823.4651
Lượt truy cập: 8.245.112
"""

ASOF = P("tính đến tháng 8/2023", None, "2023-08-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
TO30 = P("đến năm 2030", None, "2030-12-31")
LIST = "diện tích cam sành, quýt"

FIGS = [
    F("Cả nước có hơn 112.000 ha", "112.000", 112000, "measure", "ha", approx="over", subject="diện tích cam, quýt"),
    F("khoảng 250.000 ha", "250.000", 250000, "measure", "ha", approx="about", subject="diện tích cây có múi",
      period=ASOF),
    F("quýt có hơn 112.000 ha", "112.000", 112000, "measure", "ha", approx="over", total=250000, percent=45,
      subject="diện tích cam, quýt", period=ASOF),
    F("khoảng 1,9 triệu", "1,9", 1.9e6, "measure", "tấn", approx="about",
      change=C("increase", 6.2, "%", "năm 2021"), subject="sản lượng cam, quýt", period=Y22),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", total=63, subject="tỉnh, thành phố trồng cam, quýt"),
    F("lần lượt 9.400 ha", "9.400", 9400, "measure", "ha", subject=LIST, location="Tuyên Quang"),
    F("ha, 8.900 ha", "8.900", 8900, "measure", "ha", subject=LIST, location="Vĩnh Long"),
    F("ha, 5.100 ha", "5.100", 5100, "measure", "ha", subject=LIST, location="Hà Giang"),
    F("và 3.200 ha", "3.200", 3200, "measure", "ha", subject=LIST, location="Đồng Tháp"),
    F("từ 18 đến 20 tấn/ha", "18", 18, "measure", "tấn/ha", value_max=20, subject="năng suất cam sành bình quân"),
    F("đạt 35 tấn/ha", "35", 35, "measure", "tấn/ha", subject="năng suất một số vườn cam sành thâm canh",
      location="Vĩnh Long"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="diện tích cây có múi khu vực Đông Nam Á"),
    F("ước đạt 52 triệu", "52", 52e6, "money", "USD", status="estimate",
      change=C("increase", 1.4, "lần", "cùng kỳ"), subject="kim ngạch xuất khẩu cam, quýt", period=M9),
    F("đạt 21 triệu", "21", 21e6, "money", "USD", subject="kim ngạch xuất khẩu cam, quýt quý III", period=Q3),
    F("khoảng 30% diện tích", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ diện tích sử dụng giống không rõ nguồn gốc"),
    F("chiếm 12%", "12", 12, "percent", "%", subject="tỷ lệ diện tích áp dụng VietGAP, GlobalGAP"),
    F("mức 110.000 - 115.000 ha", "110.000", 110000, "measure", "ha", value_max=115000, status="target",
      subject="diện tích cam, quýt", period=TO30),
    F("đạt 2,3 triệu", "2,3", 2.3e6, "measure", "tấn", status="target", subject="sản lượng cam, quýt", period=TO30),
    F("đó 30% sản lượng", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ sản lượng cam, quýt đạt tiêu chuẩn GAP", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Trồng trọt): 'Ngày đăng: 10/10/2023 | 14:05', address footer, phone, visitor counter.",
    "National: default location Việt Nam. The 'lần lượt' list items are the provinces' own areas → location of each item.",
    "'một số vườn thâm canh ở Vĩnh Long đạt 35 tấn/ha' → Vĩnh Long. '52/63 tỉnh, thành phố' → total 63 (a count of provinces: Việt Nam).",
    "The headline repeats the body figure (both annotated). 'chiếm gần 45%' → percent attribute of 112.000 ha (total 250.000 after 'trong đó').",
    "'gấp 1,4 lần cùng kỳ' after the export amount → change (lần). 'riêng quý III' → 2023 (nearest earlier period), no total cue.",
    "'đứng thứ 3 khu vực Đông Nam Á' → rank. 'đến năm 2030' under a decision → target for the clauses that continue it,",
    "including 'trong đó 30% sản lượng' (percent figure of its own).",
    "Distractors: 'Quyết định số 1481/QĐ-BNN-TT', time 14:05, 'Số 2 Ngọc Hà', phone 024.3823.4651, 'Lượt truy cập: 8.245.112',",
    "'một số vườn' (not a number), '63' only as a total.",
]

if __name__ == "__main__":
    write("p1179-4", TEXT, NOTES, FIGS, published="2023-10-10", location="Việt Nam")
