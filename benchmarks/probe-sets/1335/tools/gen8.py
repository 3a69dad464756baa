"""p1335-8: magazine (Tạp chí Di sản Văn hóa): case study of a pagoda restoration in huyện Văn Giang, Hưng Yên."""
from lib import fig, per, chg, write

TEXT = """TẠP CHÍ DI SẢN VĂN HÓA
Số 3 (88) - 2024 | Chuyên mục: Nghiên cứu - Trao đổi

Tu bổ chùa Thiên Quang: giữ hồn di tích trong từng cấu kiện

ThS. KTS Lê Hoàng Nam
Ngày đăng: 03/08/2024

Chùa Thiên Quang (xã Long Hưng, huyện Văn Giang, tỉnh Hưng Yên) là di tích cấp quốc gia, có kiến trúc kiểu "nội công ngoại quốc". Khảo sát năm 2021 cho thấy khoảng 45% cấu kiện gỗ bị mối mục, 12 cột cái trong tổng số 16 cột bị nứt chân, mái tiền đường võng sâu tới 35 cm.

Dự án tu bổ được thực hiện từ tháng 3/2022 đến tháng 11/2023 với tổng mức đầu tư 18,7 tỷ đồng. Trước khi hạ giải, đơn vị tư vấn đã ứng dụng công nghệ quét 3D, đo vẽ và đánh số 1.240 cấu kiện. Kết quả, hơn 80% cấu kiện gỗ gốc được giữ lại; phần thay mới dùng khoảng 26 m3 gỗ lim.

Bộ tượng của chùa gồm 54 pho, trong đó 9 pho có niên đại thế kỷ XVII. Chi phí tu bổ, sơn thếp tượng là 1,35 tỷ đồng, chiếm 7,2% tổng mức đầu tư. Các nghệ nhân làng Sơn Đồng mất gần bốn tháng để hoàn thiện phần việc này.

Sau tu bổ, 6 tháng đầu năm 2024, chùa đón gần 38.000 lượt khách, gấp 2,5 lần cùng kỳ năm 2023. Theo tác giả, bài học lớn nhất là tuân thủ Thông tư số 15/2019/TT-BVHTTDL: tu bổ tối thiểu, ưu tiên gia cố, chỉ thay thế khi cấu kiện không còn khả năng chịu lực.

Từ khóa: tu bổ di tích, chùa Việt, Hưng Yên
"""

K21 = per("Khảo sát năm 2021", "2021-01-01", "2021-12-31")
PR = per("từ tháng 3/2022 đến tháng 11/2023", "2022-03-01", "2023-11-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="cấu kiện gỗ bị mối mục", period=K21),
    fig("12 cột cái", "12", 12, "count", "cột", total=16, subject="cột cái bị nứt chân", period=K21),
    fig("tới 35 cm", "35", 35, "measure", "cm", subject="độ võng mái tiền đường", period=K21),
    fig("tư 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", subject="tổng mức đầu tư dự án tu bổ", period=PR),
    fig("số 1.240 cấu kiện", "1.240", 1240, "count", "cấu kiện", subject="cấu kiện được đo vẽ và đánh số"),
    fig("hơn 80%", "80", 80, "percent", "%", approx="over", subject="cấu kiện gỗ gốc được giữ lại"),
    fig("khoảng 26 m3", "26", 26, "measure", "m3", approx="about", subject="gỗ lim thay mới"),
    fig("gồm 54 pho", "54", 54, "count", "pho", subject="bộ tượng của chùa"),
    fig("9 pho", "9", 9, "count", "pho", total=54, subject="pho tượng có niên đại thế kỷ XVII"),
    fig("là 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", percent=7.2, subject="chi phí tu bổ, sơn thếp tượng"),
    fig("gần bốn tháng", "bốn", 4, "measure", "tháng", approx="nearly",
        subject="thời gian nghệ nhân hoàn thiện tu bổ, sơn thếp tượng"),
    fig("gần 38.000 lượt", "38.000", 38000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 2.5, "lần", "cùng kỳ năm 2023"), subject="lượt khách chùa đón", period=H1),
]

NOTES = [
    "Magazine (Tạp chí Di sản Văn hóa): issue line 'Số 3 (88) - 2024', column, author with titles, 'Ngày đăng: 03/08/2024', keywords.",
    "Location: huyện Văn Giang (Hưng Yên), named for the pagoda: all figures describe it.",
    "'12 cột cái trong tổng số 16 cột': 16 is the total of 12, not a figure. The survey year 'Khảo sát năm 2021' is the period of the survey's findings.",
    "'mái tiền đường võng sâu tới 35 cm': 'tới' is not an approx cue (exact). 'từ tháng 3/2022 đến tháng 11/2023' is the period of the investment.",
    "'gồm 54 pho, trong đó 9 pho': part of a whole. 'chiếm 7,2% tổng mức đầu tư' after 1,35 tỷ is its percent attribute.",
    "'mất gần bốn tháng để hoàn thiện' is a duration stated as the claim: measure in tháng, number word.",
    "'gần 38.000 lượt khách, gấp 2,5 lần cùng kỳ năm 2023': change of 2,5 lần after an amount.",
    "Distractors: 'Số 3 (88) - 2024', 'thế kỷ XVII', 'quét 3D', 'Thông tư số 15/2019/TT-BVHTTDL', dates, 'ThS. KTS'.",
]

if __name__ == "__main__":
    write("p1335-8", TEXT, NOTES, FIGS, published="2024-08-03", location="Văn Giang")
