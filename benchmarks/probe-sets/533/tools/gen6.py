"""p533-6: national press — TP Hồ Chí Minh low fertility, birth incentives, survey, ageing forecast."""
from lib import emit, fig, per, inh, chg

TEXT = """Thời sự › Dân số
Thứ sáu, 13/9/2024, 06:30 (GMT+7)

TP HCM hỗ trợ phụ nữ sinh đủ hai con trước 35 tuổi

Phụ nữ sinh đủ hai con trước 35 tuổi được hỗ trợ 3 triệu đồng, các xã, phường đạt mức sinh thay thế được thưởng từ 30 đến 50 triệu đồng theo Nghị quyết số 19/2024/NQ-HĐND vừa được HĐND TP Hồ Chí Minh thông qua.

Theo Sở Y tế, năm 2023 tổng tỷ suất sinh của thành phố chỉ còn 1,32 con/phụ nữ, xếp thứ 63/63 tỉnh, thành, thấp hơn nhiều so với mức sinh thay thế. Số trẻ sinh ra trong năm khoảng 108.000 trẻ, giảm gần 14.000 trẻ so với năm 2022. Tuổi kết hôn trung bình lần đầu của nữ là 27,6 tuổi, cao hơn 2,4 tuổi so với bình quân cả nước.

Khảo sát của Chi cục Dân số trên 2.100 phụ nữ độ tuổi 20-35 cho thấy khoảng 60% muốn sinh thêm con, nhưng chỉ 28% có kế hoạch cụ thể; từ 30 đến 40% cho biết chi phí nuôi con là rào cản lớn nhất.

Cùng với mức sinh thấp, thành phố đang già hóa nhanh. Người cao tuổi hiện chiếm 12,5% dân số thành phố, dự báo đến năm 2030 tăng lên khoảng 16%. Tổng kinh phí thực hiện các chính sách khuyến sinh dự kiến hơn 46 tỷ đồng mỗi năm, lấy từ ngân sách thành phố.

Theo lãnh đạo Sở Y tế, tiền thưởng chỉ là một phần; thành phố sẽ mở rộng nhà trẻ ở khu công nghiệp, hỗ trợ nhà ở xã hội và giảm giờ làm cho lao động nữ nuôi con nhỏ.

Lê Phương
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đủ hai con trước 35 tuổi\n", "hai", 2, "count", "con", optional=True),
    fig("trước 35 tuổi\n", "35", 35, "measure", "tuổi", approx="under", optional=True),
    fig("đủ hai con trước 35 tuổi được", "hai", 2, "count", "con", optional=True),
    fig("trước 35 tuổi được", "35", 35, "measure", "tuổi", approx="under", optional=True),
    fig("hỗ trợ 3 triệu đồng", "3", 3000000, "money", "đồng",
        "mức hỗ trợ phụ nữ sinh đủ hai con trước 35 tuổi"),
    fig("từ 30 đến 50 triệu đồng", "30", 30000000, "money", "đồng",
        "mức thưởng xã, phường đạt mức sinh thay thế", value_max=50000000),
    fig("còn 1,32 con/phụ nữ", "1,32", 1.32, "measure", "con/phụ nữ", "tổng tỷ suất sinh", Y23),
    fig("thứ 63/63", "63", 63, "rank", "hạng", "tổng tỷ suất sinh", Y23, total=63),
    fig("khoảng 108.000 trẻ", "108.000", 108000, "count", "trẻ", "trẻ sinh ra",
        per("trong năm", "2023-01-01", "2023-12-31"), approx="about",
        change=chg("decrease", 14000, "trẻ", "năm 2022", approx="nearly")),
    fig("là 27,6 tuổi", "27,6", 27.6, "measure", "tuổi", "tuổi kết hôn trung bình lần đầu của nữ", inh(Y23),
        change=chg("increase", 2.4, "tuổi", "bình quân cả nước")),
    fig("trên 2.100 phụ nữ", "2.100", 2100, "count", "phụ nữ", "phụ nữ được khảo sát"),
    fig("độ tuổi 20-35", "20", 20, "measure", "tuổi", value_max=35, optional=True),
    fig("khoảng 60%", "60", 60, "percent", "%", "phụ nữ muốn sinh thêm con", approx="about"),
    fig("chỉ 28%", "28", 28, "percent", "%", "phụ nữ có kế hoạch sinh con cụ thể"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "phụ nữ cho biết chi phí nuôi con là rào cản lớn nhất", value_max=40),
    fig("chiếm 12,5%", "12,5", 12.5, "percent", "%", "người cao tuổi trong dân số thành phố"),
    fig("khoảng 16%", "16", 16, "percent", "%", "người cao tuổi trong dân số thành phố", T30,
        approx="about", status="forecast"),
    fig("hơn 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng kinh phí thực hiện các chính sách khuyến sinh",
        approx="over", status="forecast"),
]

COMMENTS = [
    "National online press (VnExpress-like dateline 'Thứ sáu, 13/9/2024, 06:30 (GMT+7)'): TP Hồ Chí Minh birth incentives, TFR 2023, survey (invented).",
    "Distractors: '(GMT+7)', 'Nghị quyết số 19/2024/NQ-HĐND', byline. The city is named 'TP HCM' and 'TP Hồ Chí Minh'; gold location 'Hồ Chí Minh'.",
    "The policy conditions 'sinh đủ hai con' and 'trước 35 tuổi' (headline and lead) and the survey's age band '20-35' are optional.",
    "'xếp thứ 63/63 tỉnh, thành' is a rank with total 63. 'Số trẻ sinh ra trong năm' takes 2023 from the previous sentence (scored).",
    "'giảm gần 14.000 trẻ so với năm 2022' = change (nearly); 'cao hơn 2,4 tuổi so với bình quân cả nước' = change of 27,6 tuổi.",
    "'Khảo sát ... trên 2.100 phụ nữ': 'trên' is the preposition (survey on), not 'over': exact.",
    "revised after the first run: approx of 2.100 phụ nữ 'over' -> exact (the first gold misread the preposition).",
    "'dự báo đến năm 2030 ... khoảng 16%' and 'dự kiến hơn 46 tỷ đồng' are forecasts; the 3 triệu / 30-50 triệu amounts are adopted policy (actual).",
]

if __name__ == "__main__":
    emit("p533-6", TEXT, COMMENTS, FIGS, published="2024-09-13", location="Hồ Chí Minh")
