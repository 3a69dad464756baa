"""p509-4: ministry site (Bộ NN&PTNT) — national agricultural cooperatives, end of 2023."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Kinh tế hợp tác và PTNT
Ngày đăng: 26/02/2024 | Lượt xem: 3.215

Cả nước có hơn 21.000 HTX nông nghiệp, doanh thu bình quân 4,2 tỷ đồng/HTX/năm

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2023, cả nước có 21.423 HTX nông nghiệp, tăng 1.135 HTX so với năm 2022, thu hút khoảng 3,8 triệu thành viên. Trong đó, có 7.950 HTX hoạt động hiệu quả (xếp loại tốt, khá), chiếm 37,1%. Mật độ bình quân đạt 2,6 HTX/xã.

Năm 2023, doanh thu bình quân của một HTX nông nghiệp đạt 4,2 tỷ đồng, lãi bình quân khoảng 320 triệu đồng/HTX; thu nhập bình quân của lao động thường xuyên đạt 64 triệu đồng/người/năm.

Các địa phương có nhiều HTX nông nghiệp nhất lần lượt là Nghệ An, Thanh Hóa và Hà Nội với 1.012, 968 và 915 HTX. Toàn quốc có 2.260 HTX ứng dụng công nghệ cao (chiếm 10,5%), gấp 1,6 lần năm 2020.

Về liên kết chuỗi giá trị, 3.640 HTX đã liên kết với doanh nghiệp trong sản xuất, tiêu thụ sản phẩm, diện tích liên kết gần 1,1 triệu ha; 2.180 HTX có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên.

Về tín dụng, năm 2023, Quỹ hỗ trợ phát triển HTX Trung ương và 58 quỹ địa phương đã cho 1.270 lượt HTX vay với tổng số tiền 1.085 tỷ đồng; dư nợ tín dụng ngân hàng đối với HTX nông nghiệp ước khoảng 5.400 tỷ đồng.

Thực hiện Chiến lược phát triển kinh tế tập thể theo Quyết định số 340/QĐ-TTg, đến năm 2030 cả nước phấn đấu có 30.000 HTX nông nghiệp, trong đó ít nhất 50% HTX tham gia liên kết theo chuỗi giá trị.
"""

ASOF = P("tính đến hết năm 2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("hơn 21.000 HTX", "21.000", 21000, "count", "HTX", "HTX nông nghiệp", approx="over"),
    F("bình quân 4,2 tỷ đồng/HTX/năm", "4,2", 4.2e9, "money", "đồng/HTX/năm", "doanh thu bình quân của HTX nông nghiệp"),
    F("có 21.423 HTX", "21.423", 21423, "count", "HTX", "HTX nông nghiệp", ASOF,
      change=CH("increase", 1135, "HTX", "năm 2022")),
    F("khoảng 3,8 triệu thành viên", "3,8", 3.8e6, "count", "thành viên", "thành viên HTX nông nghiệp", ASOF,
      approx="about"),
    F("có 7.950 HTX", "7.950", 7950, "count", "HTX", "HTX hoạt động hiệu quả (xếp loại tốt, khá)", INH(ASOF),
      total=21423, percent=37.1),
    F("đạt 2,6 HTX/xã", "2,6", 2.6, "measure", "HTX/xã", "mật độ HTX nông nghiệp bình quân"),
    F("đạt 4,2 tỷ đồng,", "4,2", 4.2e9, "money", "đồng", "doanh thu bình quân của một HTX nông nghiệp", Y23),
    F("khoảng 320 triệu đồng/HTX", "320", 320e6, "money", "đồng/HTX", "lãi bình quân của HTX nông nghiệp", Y23,
      approx="about"),
    F("đạt 64 triệu đồng/người/năm", "64", 64e6, "money", "đồng/người/năm",
      "thu nhập bình quân của lao động thường xuyên trong HTX", Y23),
    F("với 1.012,", "1.012", 1012, "count", "HTX", "HTX nông nghiệp", location="Nghệ An"),
    F("1.012, 968 và", "968", 968, "count", "HTX", "HTX nông nghiệp", location="Thanh Hóa"),
    F("và 915 HTX", "915", 915, "count", "HTX", "HTX nông nghiệp", location="Hà Nội"),
    F("có 2.260 HTX", "2.260", 2260, "count", "HTX", "HTX ứng dụng công nghệ cao", percent=10.5,
      change=CH("increase", 1.6, "lần", "năm 2020")),
    F("3.640 HTX đã liên kết", "3.640", 3640, "count", "HTX", "HTX liên kết với doanh nghiệp trong sản xuất, tiêu thụ sản phẩm"),
    F("gần 1,1 triệu ha", "1,1", 1.1e6, "measure", "ha", "diện tích liên kết", approx="nearly"),
    F("2.180 HTX có sản phẩm", "2.180", 2180, "count", "HTX", "HTX có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên"),
    F("và 58 quỹ", "58", 58, "count", "quỹ", "quỹ hỗ trợ phát triển HTX địa phương", Y23b),
    F("cho 1.270 lượt HTX", "1.270", 1270, "count", "lượt HTX", "lượt HTX được Quỹ hỗ trợ phát triển HTX cho vay", Y23b),
    F("tổng số tiền 1.085 tỷ đồng", "1.085", 1085e9, "money", "đồng", "tổng số tiền Quỹ hỗ trợ phát triển HTX cho vay", Y23b),
    F("ước khoảng 5.400 tỷ đồng", "5.400", 5400e9, "money", "đồng", "dư nợ tín dụng ngân hàng đối với HTX nông nghiệp",
      Y23b, approx="about", status="estimate"),
    F("có 30.000 HTX", "30.000", 30000, "count", "HTX", "HTX nông nghiệp", T30, status="target"),
    F("ít nhất 50% HTX", "50", 50, "percent", "%", "tỷ lệ HTX tham gia liên kết theo chuỗi giá trị", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): HTX nông nghiệp cả nước tính đến hết năm 2023; 'Ngày đăng: 26/02/2024 | Lượt xem: 3.215'.",
    "National figures → Việt Nam; the 'lần lượt' list gives each count its province as location, the list's indicator as subject.",
    "'tăng 1.135 HTX so với năm 2022' is the change of 21.423; 'Trong đó, có 7.950 HTX …, chiếm 37,1%' → total 21.423 and percent 37,1.",
    "'(chiếm 10,5%), gấp 1,6 lần năm 2020' after 2.260 HTX: percent and change (lần). 2,6 HTX/xã is a rate (measure, denominator in unit).",
    "Not figures: OCOP '3 sao' (a rating level, like 'mức độ 3'), Quyết định số 340/QĐ-TTg, Lượt xem, dates.",
    "'đến năm 2030 … phấn đấu' → target, period ending 2030-12-31; 'ít nhất 50%' after 'trong đó' is a percent (no total for a share).",
]

emit("p509-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
