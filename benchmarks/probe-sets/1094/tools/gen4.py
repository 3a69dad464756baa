"""p1094-4: ministry site (Bộ NN&PTNT), national sedge area, craft villages, exports of rattan-bamboo-sedge goods."""
from lib import F, write, period, year, inh, change, target

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn
Ngày đăng: 22/08/2024 14:30

Ngành cói: Diện tích thu hẹp, xuất khẩu tăng mạnh

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến tháng 6/2024 cả nước có khoảng 9.800 ha cói, giảm gần 12% so với năm 2020, trong đó lớn nhất là Thanh Hóa (2.650 ha), Thái Bình (1.700 ha) và Ninh Bình (1.150 ha).

Cả nước hiện có 138 làng nghề cói, chiếm khoảng 7% tổng số làng nghề thủ công mỹ nghệ, thu hút hơn 110.000 lao động, trong đó khoảng 70% là lao động nữ và người cao tuổi.

7 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm ước đạt 486 triệu USD, tăng 18,6% so với cùng kỳ năm 2023; riêng sản phẩm từ cói ước đạt khoảng 142 triệu USD, chiếm 29,2%. Các thị trường lớn nhất là Mỹ, Nhật Bản và Đức với tỷ trọng lần lượt 34,5%, 15,2% và 8,7%. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu sản phẩm cói, sau Trung Quốc và Ấn Độ.

Giá cói nguyên liệu hiện dao động 8.000 - 13.000 đồng/kg tùy loại; mỗi ha cói cho thu nhập 90 - 120 triệu đồng/năm. Thu nhập từ trồng cói cao gấp 2 - 3 lần trồng lúa trên cùng diện tích.

Thực hiện Quyết định số 801/QĐ-TTg ngày 7/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030, Bộ đặt mục tiêu đến năm 2030 ổn định vùng nguyên liệu cói khoảng 10.000 ha, kim ngạch xuất khẩu sản phẩm cói đạt 300 triệu USD, trên 80% làng nghề cói có sản phẩm được chứng nhận OCOP.

Cục Kinh tế hợp tác và PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3843.8806
"""

AS6 = period("tính đến tháng 6/2024", None, "2024-06-30")
M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T30 = period("đến năm 2030", None, "2030-12-31")
S_SH = "tỷ trọng thị trường trong kim ngạch xuất khẩu mây, tre, cói và thảm"

FIGS = [
    F("khoảng 9.800 ha cói", "9.800", 9800, "measure", "ha", "diện tích cói", approx="about",
      change=change("decrease", 12, "%", "năm 2020", "nearly"), period=AS6),
    F("Thanh Hóa (2.650 ha)", "2.650", 2650, "measure", "ha", "diện tích cói", total=9800, period=AS6, location="Thanh Hóa"),
    F("Thái Bình (1.700 ha)", "1.700", 1700, "measure", "ha", "diện tích cói", total=9800, period=AS6, location="Thái Bình"),
    F("Ninh Bình (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích cói", total=9800, period=AS6, location="Ninh Bình"),
    F("có 138 làng nghề", "138", 138, "count", "làng nghề", "làng nghề cói", percent=7),
    F("hơn 110.000 lao động", "110.000", 110000, "count", "lao động", "lao động làng nghề cói", approx="over"),
    F("khoảng 70% là", "70", 70, "percent", "%", "lao động nữ và người cao tuổi trong lao động làng nghề cói", approx="about"),
    F("ước đạt 486 triệu USD", "486", 486e6, "money", "USD", "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm",
      change=change("increase", 18.6, "%", "cùng kỳ năm 2023"), status="estimate", period=M7),
    F("khoảng 142 triệu USD", "142", 142e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm từ cói", approx="about",
      percent=29.2, status="estimate", period=M7),
    F("lần lượt 34,5%", "34,5", 34.5, "percent", "%", S_SH, period=inh(M7)),
    F("15,2% và", "15,2", 15.2, "percent", "%", S_SH, period=inh(M7)),
    F("và 8,7%", "8,7", 8.7, "percent", "%", S_SH, period=inh(M7)),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu sản phẩm cói"),
    F("8.000 - 13.000", "8.000", 8000, "money", "đồng/kg", "giá cói nguyên liệu", value_max=13000),
    F("90 - 120 triệu", "90", 90e6, "money", "đồng/năm", "thu nhập mỗi ha cói", value_max=120e6),
    F("gấp 2 - 3 lần", "2", 2, "multiple", "lần", "thu nhập từ trồng cói so với trồng lúa", value_max=3),
    F("khoảng 10.000 ha", "10.000", 10000, "measure", "ha", "vùng nguyên liệu cói", approx="about", status="target", period=T30),
    F("đạt 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói", status="target", period=T30),
    F("trên 80% làng nghề", "80", 80, "percent", "%", "làng nghề cói có sản phẩm được chứng nhận OCOP", approx="over",
      status="target", period=T30),
]

NOTES = [
    "Ministry (Bộ NN&PTNT) news: national sedge area, craft villages, labour, 7-month 2024 exports, rank, prices, 2030 targets. Location Việt Nam.",
    "The province list after 'trong đó' follows the national whole 9.800 ha: total 9800, location = the province.",
    "Trade partners (Mỹ, Nhật Bản, Đức) are not places of the figure: location stays Việt Nam. 'riêng' is no part-of cue: no total for 142 triệu.",
    "Distractors: Quyết định số 801/QĐ-TTg ngày 7/7/2022, giai đoạn 2021-2030, Số 2 Ngọc Hà, Ba Đình, phone, dateline.",
]

if __name__ == "__main__":
    write("p1094-4", TEXT, FIGS, published="2024-08-22", location="Việt Nam", notes=NOTES)
