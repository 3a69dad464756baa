"""p1308-4: ministry site (Bộ Y tế): national TB burden 2023, drug-resistant TB, targets to 2025/2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ

Việt Nam quyết tâm chấm dứt bệnh lao vào năm 2030

22/03/2024 10:12

Theo báo cáo của Tổ chức Y tế Thế giới (WHO), Việt Nam hiện đứng thứ 10 thế giới về gánh nặng bệnh lao và thứ 11 về gánh nặng lao kháng đa thuốc. Năm 2023, ước tính cả nước có khoảng 172.000 người mắc lao mới và khoảng 12.000 người tử vong do lao.

Cũng trong năm 2023, Chương trình Chống lao Quốc gia đã phát hiện và điều trị cho 105.492 người bệnh lao các thể, tăng 3,8% so với năm 2022, là số cao nhất từ trước đến nay. Tuy vậy, vẫn còn khoảng 39% số người mắc lao chưa được phát hiện.

Đối với lao kháng thuốc, năm 2023 cả nước đưa vào điều trị 3.845 người bệnh, trong khi số mắc mới ước tính khoảng 9.200 người. Tỷ lệ điều trị thành công đạt 89% với lao nhạy cảm và 74% với lao kháng thuốc.

Hiện 63/63 tỉnh, thành phố đã triển khai xét nghiệm Xpert với hơn 400 máy; mạng lưới X-quang tích hợp trí tuệ nhân tạo đã có mặt tại 35 tỉnh.

Theo Chiến lược quốc gia phòng, chống bệnh lao đến năm 2030, tầm nhìn 2035, Việt Nam phấn đấu đến năm 2025 giảm tỷ lệ mắc lao xuống còn 131 ca/100.000 dân, đến năm 2030 còn dưới 20 ca/100.000 dân và giảm 90% số tử vong do lao so với năm 2015.

Hưởng ứng Ngày Thế giới phòng, chống lao 24/3/2024, Bộ Y tế phấn đấu trong năm nay sàng lọc cho ít nhất 1 triệu người có nguy cơ cao, gồm người cao tuổi, người nhiễm HIV và người tiếp xúc hộ gia đình.

Bài viết liên quan:
- Hội nghị tổng kết Chương trình Chống lao Quốc gia năm 2023
- Bộ Y tế ban hành hướng dẫn chẩn đoán, điều trị lao kháng thuốc

CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23c = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đứng thứ 10", "10", 10, "rank", "hạng", subject="gánh nặng bệnh lao"),
    fig("và thứ 11", "11", 11, "rank", "hạng", subject="gánh nặng lao kháng đa thuốc"),
    fig("khoảng 172.000 người", "172.000", 172000, "count", "người", approx="about", status="estimate",
        subject="người mắc lao mới", period=Y23),
    fig("khoảng 12.000 người", "12.000", 12000, "count", "người", approx="about", status="estimate",
        subject="người tử vong do lao", period=Y23),
    fig("cho 105.492 người", "105.492", 105492, "count", "người bệnh",
        change=chg("increase", 3.8, "%", "năm 2022"),
        subject="người bệnh lao các thể được phát hiện và điều trị", period=Y23b),
    fig("khoảng 39%", "39", 39, "percent", "%", approx="about",
        subject="số người mắc lao chưa được phát hiện", period=inh(Y23b)),
    fig("điều trị 3.845 người", "3.845", 3845, "count", "người bệnh",
        subject="người bệnh lao kháng thuốc đưa vào điều trị", period=Y23c),
    fig("khoảng 9.200 người", "9.200", 9200, "count", "người", approx="about", status="estimate",
        subject="số mắc mới lao kháng thuốc", period=Y23c),
    fig("đạt 89%", "89", 89, "percent", "%", subject="tỷ lệ điều trị thành công lao nhạy cảm", period=inh(Y23c)),
    fig("và 74%", "74", 74, "percent", "%", subject="tỷ lệ điều trị thành công lao kháng thuốc", period=inh(Y23c)),
    fig("Hiện 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã triển khai xét nghiệm Xpert"),
    fig("hơn 400 máy", "400", 400, "count", "máy", approx="over", subject="máy xét nghiệm Xpert"),
    fig("tại 35 tỉnh", "35", 35, "count", "tỉnh", subject="tỉnh có mạng lưới X-quang tích hợp trí tuệ nhân tạo"),
    fig("còn 131 ca", "131", 131, "measure", "ca/100.000 dân", status="target", subject="tỷ lệ mắc lao", period=T25),
    fig("dưới 20 ca", "20", 20, "measure", "ca/100.000 dân", approx="under", status="target",
        subject="tỷ lệ mắc lao", period=T30),
    fig("giảm 90%", "90", 90, "percent", "%", status="target", subject="số tử vong do lao",
        period=T30),
    fig("ít nhất 1 triệu", "1", 1e6, "count", "người", approx="at_least", status="target",
        subject="người có nguy cơ cao được sàng lọc", period=NOW),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, bare dateline '22/03/2024 10:12' under the headline, related links, address footer.",
    "Distractors: 10:12, '(WHO)', 'Chiến lược ... đến năm 2030, tầm nhìn 2035' (a name), 'Ngày Thế giới phòng, chống lao 24/3/2024',",
    "'năm 2023' in a link title, '138A Giảng Võ'. '100.000 dân' is a rate denominator. Headline 'vào năm 2030' holds no number.",
    "All figures are national: location Việt Nam. 'đứng thứ 10 ... và thứ 11' → two ranks (world ranks of Việt Nam).",
    "'ước tính ... khoảng' → estimate + about. 'số mắc mới ước tính khoảng 9.200' → estimate, about; '3.845' in the same sentence is actual.",
    "'là số cao nhất từ trước đến nay' is not a number. 'vẫn còn khoảng 39%' stands as its own percent figure.",
    "'Tỷ lệ điều trị thành công đạt 89% với lao nhạy cảm và 74% với lao kháng thuốc': two figures of one indicator (periods inherited).",
    "'phấn đấu đến năm 2025 ... 131 ca/100.000 dân, đến năm 2030 ... dưới 20 ...' → target, periods 'đến năm ...' with start null.",
    "'giảm 90% số tử vong do lao so với năm 2015' → a reduction as the claim: percent figure, no change object, target, đến năm 2030.",
    "'phấn đấu trong năm nay ... ít nhất 1 triệu người' → target, at_least, year of published (2024).",
]

if __name__ == "__main__":
    write("p1308-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
