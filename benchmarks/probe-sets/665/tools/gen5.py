"""p665-5: Báo Đà Nẵng (Party newspaper) — fines for smoking in banned places, 9 months 2023, smoke-free premises."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Xã hội

Đà Nẵng: Xử phạt 312 trường hợp hút thuốc lá tại địa điểm cấm

Sau hơn 5 năm thực hiện Đề án xây dựng thành phố Đà Nẵng không khói thuốc lá theo Quyết định số 3197/QĐ-UBND, ý thức của người dân đã có chuyển biến rõ rệt.

Theo Sở Y tế, 9 tháng năm 2023, các đoàn kiểm tra liên ngành đã kiểm tra 1.854 lượt cơ sở, phát hiện và xử phạt 312 trường hợp hút thuốc lá tại địa điểm cấm với tổng số tiền phạt gần 160 triệu đồng, tăng 27% so với cùng kỳ năm 2022. Mức phạt đối với hành vi này hiện là từ 500.000 đồng đến 1 triệu đồng.

Về số vi phạm theo địa bàn, quận Hải Châu dẫn đầu với 98 trường hợp, tiếp đến là Thanh Khê 76 trường hợp và Sơn Trà 54 trường hợp. Khoảng 18% số cơ sở dịch vụ ăn uống, karaoke được kiểm tra chưa treo biển cấm hút thuốc theo quy định.

Hiện toàn thành phố có 1.326 cơ sở được công nhận đạt tiêu chí "không khói thuốc lá", trong đó có 412 nhà hàng, khách sạn và 65 chợ, trung tâm thương mại. Tỷ lệ người lao động phải hít khói thuốc thụ động tại nơi làm việc giảm từ 35,2% năm 2019 xuống còn 21,8% năm 2023. Mật độ điểm bán lẻ thuốc lá là 11,7 điểm bán/1 vạn dân, thấp hơn mức bình quân cả nước.

Thời gian tới, thành phố phấn đấu đến năm 2025 có ít nhất 1.500 cơ sở đạt tiêu chí, mở rộng mô hình "phường, xã không khói thuốc" ra toàn bộ 56 phường, xã.

THU HÀ
14/11/2023"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
VI = "số vi phạm hút thuốc lá tại địa điểm cấm"
PASSIVE = "Tỷ lệ người lao động phải hít khói thuốc thụ động tại nơi làm việc"

FIGS = [
    fig("Xử phạt 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp hút thuốc lá tại địa điểm cấm bị xử phạt", inh(M9)),
    fig("kiểm tra 1.854 lượt", "1.854", 1854, "count", "lượt cơ sở", "lượt cơ sở được các đoàn kiểm tra liên ngành kiểm tra", M9),
    fig("xử phạt 312 trường hợp hút", "312", 312, "count", "trường hợp", "trường hợp hút thuốc lá tại địa điểm cấm bị xử phạt", M9),
    fig("gần 160 triệu đồng", "160", 160e6, "money", "đồng", "tổng số tiền phạt", M9, approx="nearly",
        change=chg("increase", 27, "%", "cùng kỳ năm 2022")),
    fig("từ 500.000 đồng", "500.000", 500000, "money", "đồng", "Mức phạt đối với hành vi hút thuốc lá tại địa điểm cấm",
        value_max=1e6),
    fig("với 98 trường hợp", "98", 98, "count", "trường hợp", VI, inh(M9), location="Hải Châu"),
    fig("Thanh Khê 76 trường hợp", "76", 76, "count", "trường hợp", VI, inh(M9), location="Thanh Khê"),
    fig("Sơn Trà 54 trường hợp", "54", 54, "count", "trường hợp", VI, inh(M9), location="Sơn Trà"),
    fig("Khoảng 18%", "18", 18, "percent", "%",
        "cơ sở dịch vụ ăn uống, karaoke được kiểm tra chưa treo biển cấm hút thuốc", inh(M9), approx="about"),
    fig("có 1.326 cơ sở", "1.326", 1326, "count", "cơ sở", "cơ sở được công nhận đạt tiêu chí không khói thuốc lá"),
    fig("có 412 nhà hàng", "412", 412, "count", "nhà hàng, khách sạn", "nhà hàng, khách sạn đạt tiêu chí không khói thuốc lá", total=1326),
    fig("và 65 chợ", "65", 65, "count", "chợ, trung tâm thương mại", "chợ, trung tâm thương mại đạt tiêu chí không khói thuốc lá", total=1326),
    fig("35,2%", "35,2", 35.2, "percent", "%", PASSIVE, per("năm 2019", "2019-01-01", "2019-12-31")),
    fig("21,8%", "21,8", 21.8, "percent", "%", PASSIVE, per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("là 11,7 điểm bán", "11,7", 11.7, "measure", "điểm bán/1 vạn dân", "Mật độ điểm bán lẻ thuốc lá"),
    fig("ít nhất 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", "cơ sở đạt tiêu chí không khói thuốc lá", T25,
        approx="at_least", status="target"),
    fig("toàn bộ 56 phường", "56", 56, "count", "phường, xã", "phường, xã áp dụng mô hình phường, xã không khói thuốc", T25,
        status="target"),
]

COMMENTS = [
    "Báo Đà Nẵng (invented; Party newspaper, byline and bare date at the end): xử phạt hút thuốc lá tại địa điểm cấm 9 tháng năm 2023.",
    "Distractors: 'hơn 5 năm' (duration), 'Quyết định số 3197/QĐ-UBND', byline date, rate denominator '1 vạn dân'.",
    "'từ 500.000 đồng đến 1 triệu đồng' is one money range (value_max 1.000.000). The district list ('dẫn đầu với … tiếp đến là …') has no",
    "part-of cue: no total; districts are locations. 412/65 after 'trong đó' are parts of 1.326 (unit differs in wording but they are cơ sở).",
    "'Hiện' gives no period. Targets 'đến năm 2025' continue into 'mở rộng … 56 phường, xã'.",
]

if __name__ == "__main__":
    emit("p665-5", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Đà Nẵng")
