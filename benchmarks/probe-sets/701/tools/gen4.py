"""p701-4: Ministry of Justice site — national civil registration results for 2023."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Hoạt động của Bộ > Hộ tịch, quốc tịch, chứng thực

Năm 2023, cả nước đăng ký khai sinh cho gần 1,5 triệu trẻ em

18/03/2024 15:42

Theo số liệu tổng hợp từ Hệ thống thông tin đăng ký và quản lý hộ tịch, năm 2023, cả nước đăng ký khai sinh cho 1.482.615 trẻ em, giảm 4,1% so với năm 2022; đăng ký kết hôn cho 553.230 cặp; đăng ký khai tử 612.874 trường hợp, tăng 2,3% so với năm 2022.

Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,6%; tỷ lệ tử vong được đăng ký khai tử ước đạt khoảng 82%. Về số lượng, TP. Hồ Chí Minh dẫn đầu cả nước với 112.350 trường hợp đăng ký khai sinh; Hà Nội đứng thứ 2 với 108.920 trường hợp.

Hiện 63/63 tỉnh, thành phố đã triển khai dịch vụ công liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi theo Nghị định số 63/2024/NĐ-CP và Đề án 06.

Cơ sở dữ liệu hộ tịch điện tử toàn quốc hiện lưu trữ hơn 44,8 triệu dữ liệu, trong đó khoảng 27,5 triệu dữ liệu được số hóa từ sổ hộ tịch giấy. Các địa phương có tỷ lệ số hóa cao là Hà Nam (100%), Bắc Ninh (98,7%) và Đà Nẵng (97,2%).

Tỷ suất kết hôn thô của cả nước năm 2023 ở mức 5,6 cặp/1.000 dân. Năm 2024, Bộ Tư pháp đặt mục tiêu tỷ lệ đăng ký khai tử đạt từ 85 đến 90% và hoàn thành số hóa sổ hộ tịch tại ít nhất 50 địa phương.

Thông tin chi tiết liên hệ Cục Hộ tịch, quốc tịch, chứng thực, số 58-60 Trần Phú, Ba Đình, Hà Nội; điện thoại 024.6273.9400.
"""

Y = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 1,5 triệu trẻ em", "1,5", 1500000, "count", "trẻ em", approx="nearly",
        subject="trẻ em được đăng ký khai sinh", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 1.482.615 trẻ em", "1.482.615", 1482615, "count", "trẻ em",
        change=chg("decrease", 4.1, baseline="năm 2022"),
        subject="trẻ em được đăng ký khai sinh", period=Y),
    fig("cho 553.230 cặp", "553.230", 553230, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=Y),
    fig("khai tử 612.874 trường hợp", "612.874", 612874, "count", "trường hợp",
        change=chg("increase", 2.3, baseline="năm 2022"),
        subject="trường hợp đăng ký khai tử", period=Y),
    fig("dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    fig("đạt 98,6%", "98,6", 98.6, "percent", "%",
        subject="tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", period=inh(Y)),
    fig("khoảng 82%", "82", 82, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ tử vong được đăng ký khai tử", period=inh(Y)),
    fig("với 112.350 trường hợp", "112.350", 112350, "count", "trường hợp",
        subject="trường hợp đăng ký khai sinh", period=inh(Y), location="Hồ Chí Minh"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="số trường hợp đăng ký khai sinh", period=inh(Y), location="Hà Nội"),
    fig("với 108.920 trường hợp", "108.920", 108920, "count", "trường hợp",
        subject="trường hợp đăng ký khai sinh", period=inh(Y), location="Hà Nội"),
    fig("Hiện 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã triển khai dịch vụ công liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế"),
    fig("trẻ dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    fig("hơn 44,8 triệu dữ liệu", "44,8", 44800000, "count", "dữ liệu", approx="over",
        subject="dữ liệu lưu trữ trong Cơ sở dữ liệu hộ tịch điện tử toàn quốc"),
    fig("khoảng 27,5 triệu dữ liệu", "27,5", 27500000, "count", "dữ liệu", approx="about", total=44800000,
        subject="dữ liệu được số hóa từ sổ hộ tịch giấy"),
    fig("Hà Nam (100%)", "100", 100, "percent", "%",
        subject="tỷ lệ số hóa", location="Hà Nam"),
    fig("Bắc Ninh (98,7%)", "98,7", 98.7, "percent", "%",
        subject="tỷ lệ số hóa", location="Bắc Ninh"),
    fig("Đà Nẵng (97,2%)", "97,2", 97.2, "percent", "%",
        subject="tỷ lệ số hóa", location="Đà Nẵng"),
    fig("mức 5,6 cặp", "5,6", 5.6, "measure", "cặp/1.000 dân",
        subject="tỷ suất kết hôn thô", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 85 đến 90%", "85", 85, "percent", "%", value_max=90, status="target",
        subject="tỷ lệ đăng ký khai tử", period=Y24),
    fig("ít nhất 50 địa phương", "50", 50, "count", "địa phương", approx="at_least", status="target",
        subject="địa phương hoàn thành số hóa sổ hộ tịch", period=Y24),
]

COMMENTS = [
    "Bộ Tư pháp portal, dateline '18/03/2024 15:42': national hộ tịch results 2023. Location Việt Nam (cả nước), except the",
    "TP. Hồ Chí Minh / Hà Nội figures and the province list (Hà Nam, Bắc Ninh, Đà Nẵng), which take their place.",
    "'dưới 5 tuổi', 'dưới 6 tuổi' are age thresholds in a subject: optional (as shared h24 treats 'dưới 1 tuổi').",
    "'63/63' gives total 63; 'trong đó khoảng 27,5 triệu' takes the whole 44,8 triệu. 'cặp/1.000 dân' is a rate unit (1.000 not a figure).",
    "Distractors: Nghị định số 63/2024/NĐ-CP, Đề án 06, '58-60 Trần Phú', phone 024.6273.9400, dateline and time.",
    "'ước đạt khoảng 82%' → estimate + about. 'đặt mục tiêu … từ 85 đến 90% và … ít nhất 50 địa phương' → both target (cue continues).",
    "Sentences with 'Hiện'/'hiện' (63/63, 44,8 triệu) get no period.",
]

if __name__ == "__main__":
    emit("p701-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
