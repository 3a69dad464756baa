"""p1421-4: provincial newspaper (Báo Bắc Giang online, tag (BGĐT)): hearing screening at the provincial maternity hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẮC GIANG ĐIỆN TỬ
Xã hội > Y tế

Sàng lọc thính lực sơ sinh: Phát hiện sớm, can thiệp kịp thời

Thứ Tư, 20/03/2024 | 08:15

(BGĐT) - Từ đầu năm đến nay, Bệnh viện Sản Nhi tỉnh đã sàng lọc thính lực cho hơn 1.600 trẻ sơ sinh, phát hiện 5 trường hợp nghi ngờ nghe kém. Nhờ phát hiện sớm, nhiều trẻ đã được can thiệp trước 6 tháng tuổi.

Chị Hoàng Thị Mai (xã Tân Dĩnh, huyện Lạng Giang) vẫn nhớ cảm giác lo lắng khi con trai chị không qua được lần đo âm ốc tai đầu tiên. Sau khi đo lại, bé được chuyển lên Bệnh viện Tai Mũi Họng Trung ương và được xác định nghe kém mức độ nặng. "Bác sĩ nói nếu phát hiện muộn, con sẽ rất khó học nói", chị Mai chia sẻ.

Theo bác sĩ Lê Văn Thắng, Trưởng khoa Sơ sinh, cứ 1.000 trẻ sinh ra thì có từ 1 đến 3 trẻ bị nghe kém bẩm sinh. Năm 2023, bệnh viện đã đo âm ốc tai cho 6.842 trẻ, chiếm 87% số trẻ sinh tại viện; 23 trẻ có kết quả bất thường, trong đó 6 trẻ được chẩn đoán nghe kém bẩm sinh.

Theo Sở Y tế, năm 2023 toàn tỉnh có khoảng 24.500 trẻ sinh ra nhưng mới có 58,3% số trẻ được sàng lọc thính lực. Chi phí đo âm ốc tai tại bệnh viện là 120.000 đồng/lần, chưa được bảo hiểm y tế chi trả, trong khi một ca cấy ốc tai điện tử tốn từ 500 đến 700 triệu đồng.

Hiện nay, 10/10 bệnh viện đa khoa tuyến huyện đã triển khai sàng lọc thính lực sơ sinh. Năm nay, tỉnh phấn đấu 85% trẻ sinh ra tại cơ sở y tế được sàng lọc thính lực trước khi xuất viện. Phụ huynh có thể đưa trẻ đến Phòng khám Thính học, tầng 3 nhà B, Bệnh viện Sản Nhi tỉnh để được tư vấn.

Thu Hà
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-20")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 1.600 trẻ", "1.600", 1600, "count", "trẻ", approx="over",
        subject="trẻ sơ sinh được sàng lọc thính lực", period=YTD),
    fig("phát hiện 5 trường hợp", "5", 5, "count", "trường hợp",
        subject="trường hợp nghi ngờ nghe kém", period=YTD),
    fig("trước 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="under",
        subject="tuổi được can thiệp", optional=True),
    fig("từ 1 đến 3 trẻ", "1", 1, "measure", "trẻ/1.000 trẻ sinh ra", value_max=3,
        subject="trẻ bị nghe kém bẩm sinh"),
    fig("cho 6.842 trẻ", "6.842", 6842, "count", "trẻ", percent=87,
        subject="trẻ được đo âm ốc tai", period=Y23),
    fig("; 23 trẻ", "23", 23, "count", "trẻ", subject="trẻ có kết quả bất thường", period=Y23),
    fig("trong đó 6 trẻ", "6", 6, "count", "trẻ", total=23,
        subject="trẻ được chẩn đoán nghe kém bẩm sinh", period=Y23),
    fig("khoảng 24.500 trẻ", "24.500", 24500, "count", "trẻ", approx="about",
        subject="trẻ sinh ra", period=Y23b),
    fig("có 58,3%", "58,3", 58.3, "percent", "%",
        subject="số trẻ được sàng lọc thính lực", period=Y23b),
    fig("là 120.000 đồng/lần", "120.000", 120000, "money", "đồng/lần",
        subject="chi phí đo âm ốc tai tại bệnh viện"),
    fig("từ 500 đến 700 triệu", "500", 500e6, "money", "đồng", value_max=700e6,
        subject="chi phí một ca cấy ốc tai điện tử"),
    fig("10/10 bệnh viện", "10", 10, "count", "bệnh viện", total=10,
        subject="bệnh viện đa khoa tuyến huyện đã triển khai sàng lọc thính lực sơ sinh"),
    fig("phấn đấu 85%", "85", 85, "percent", "%", status="target",
        subject="trẻ sinh ra tại cơ sở y tế được sàng lọc thính lực trước khi xuất viện", period=NN),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang): section path, 'Thứ Tư, 20/03/2024 | 08:15', tag '(BGĐT) -', byline 'Thu Hà' at the end.",
    "Distractors: 08:15, tag BGĐT, 'xã Tân Dĩnh, huyện Lạng Giang' (no figures there), 'tầng 3 nhà B', 'lần đo ... đầu tiên'.",
    "Location Bắc Giang (the tag implies it); the human-interest passage in Lạng Giang carries no figure.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-03-20.",
    "'trước 6 tháng tuổi' is an age threshold of a practice, not a count: optional (approx under).",
    "'cứ 1.000 trẻ sinh ra thì có từ 1 đến 3 trẻ' is a rate: value 1, value_max 3, unit 'trẻ/1.000 trẻ sinh ra'; 1.000 is the",
    "denominator, not a figure (spec §3 Rates). 'một ca cấy ốc tai ... tốn từ 500 đến 700 triệu đồng': 'một ca' is the",
    "denominator of a price, not a figure.",
    "'khoảng 24.500 trẻ sinh ra nhưng mới có 58,3% số trẻ được sàng lọc': the 58,3% has its own verb ('mới có'): a percent figure.",
    "'chiếm 87% số trẻ sinh tại viện' → percent attribute of 6.842; '6 trẻ' after 'trong đó' → total 23.",
    "'Năm nay' = 2024 (published).",
]

if __name__ == "__main__":
    write("p1421-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Bắc Giang")
