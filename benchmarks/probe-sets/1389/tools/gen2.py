"""p1389-2: district portal (huyện Hải Hậu, Nam Định): support for infertile couples, from the start of 2024 to 21/11/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Dân số - Gia đình

Hải Hậu: 45 cặp vợ chồng hiếm muộn được hỗ trợ thực hiện kỹ thuật sinh sản

21/11/2024 - 10:20

Thực hiện Nghị quyết số 28/2023/NQ-HĐND của HĐND tỉnh Nam Định, từ đầu năm đến nay, Trung tâm Y tế huyện đã phối hợp với 35 xã, thị trấn rà soát, lập danh sách 312 cặp vợ chồng vô sinh, hiếm muộn, tăng 27 cặp so với năm 2023.

Trong số này, 186 cặp đã được tư vấn, khám sàng lọc miễn phí; 45 cặp được giới thiệu lên tuyến trên thực hiện kỹ thuật hỗ trợ sinh sản, gồm 28 cặp bơm tinh trùng vào buồng tử cung (IUI) và 17 cặp thụ tinh trong ống nghiệm (IVF). Hiện còn gần ba chục cặp đang chờ được hỗ trợ.

Mỗi cặp được hỗ trợ 5 triệu đồng khi làm IUI và 20 triệu đồng khi làm IVF. Tổng kinh phí hỗ trợ là 480 triệu đồng, trong đó ngân sách tỉnh 336 triệu đồng, chiếm 70%, còn lại do ngân sách huyện và các nhà hảo tâm đóng góp. Đến nay, 11/45 cặp đã có thai, trong đó 4 trường hợp đã sinh con khỏe mạnh.

Theo bà Trần Thị Mến, Giám đốc Trung tâm Y tế huyện, tỷ lệ vô sinh trên địa bàn ước khoảng 7,5% số cặp vợ chồng trong độ tuổi sinh đẻ, tương đương hơn 2.600 cặp; phần lớn chưa tiếp cận được dịch vụ do chi phí cao.

Năm 2025, huyện phấn đấu 100% cặp vợ chồng trong danh sách được tư vấn, khám sàng lọc; hỗ trợ ít nhất 60 cặp thực hiện kỹ thuật hỗ trợ sinh sản.

Người dân có nhu cầu xin liên hệ Khoa Chăm sóc sức khỏe sinh sản, Trung tâm Y tế huyện Hải Hậu, số 126 đường Trần Nhân Tông, thị trấn Yên Định; điện thoại 0228.3877.215.

Tin khác:
- Hải Hậu ra quân Chiến dịch truyền thông dân số đợt 2 năm 2024
- Hội thi Tuyên truyền viên dân số giỏi lần thứ 3
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-21")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hải Hậu: 45 cặp", "45", 45, "count", "cặp",
        subject="cặp vợ chồng hiếm muộn được hỗ trợ thực hiện kỹ thuật sinh sản"),
    fig("với 35 xã", "35", 35, "count", "xã, thị trấn",
        subject="xã, thị trấn phối hợp rà soát cặp vợ chồng vô sinh", period=YTD),
    fig("danh sách 312 cặp", "312", 312, "count", "cặp",
        change=chg("increase", 27, "cặp", "năm 2023"),
        subject="cặp vợ chồng vô sinh, hiếm muộn trong danh sách", period=YTD),
    fig("186 cặp", "186", 186, "count", "cặp", total=312,
        subject="cặp đã được tư vấn, khám sàng lọc miễn phí", period=inh(YTD)),
    fig("; 45 cặp", "45", 45, "count", "cặp", total=312,
        subject="cặp được giới thiệu lên tuyến trên thực hiện kỹ thuật hỗ trợ sinh sản", period=inh(YTD)),
    fig("gồm 28 cặp", "28", 28, "count", "cặp", total=45,
        subject="cặp bơm tinh trùng vào buồng tử cung (IUI)", period=inh(YTD)),
    fig("và 17 cặp", "17", 17, "count", "cặp", total=45,
        subject="cặp thụ tinh trong ống nghiệm (IVF)", period=inh(YTD)),
    fig("gần ba chục cặp", "ba chục", 30, "count", "cặp", approx="nearly",
        subject="cặp đang chờ được hỗ trợ"),
    fig("hỗ trợ 5 triệu", "5", 5e6, "money", "đồng/cặp", subject="mức hỗ trợ mỗi cặp làm IUI"),
    fig("và 20 triệu", "20", 20e6, "money", "đồng/cặp", subject="mức hỗ trợ mỗi cặp làm IVF"),
    fig("là 480 triệu", "480", 480e6, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=inh(YTD)),
    fig("tỉnh 336 triệu", "336", 336e6, "money", "đồng", total=480e6, percent=70,
        subject="ngân sách tỉnh trong kinh phí hỗ trợ", period=inh(YTD)),
    fig("11/45 cặp", "11", 11, "count", "cặp", total=45, subject="cặp đã có thai"),
    fig("trong đó 4 trường hợp", "4", 4, "count", "trường hợp", total=11,
        subject="trường hợp đã sinh con khỏe mạnh"),
    fig("khoảng 7,5%", "7,5", 7.5, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ vô sinh trên địa bàn"),
    fig("hơn 2.600 cặp", "2.600", 2600, "count", "cặp", approx="over", status="estimate",
        subject="cặp vợ chồng vô sinh trên địa bàn"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cặp vợ chồng trong danh sách được tư vấn, khám sàng lọc", period=Y25),
    fig("ít nhất 60 cặp", "60", 60, "count", "cặp", approx="at_least", status="target",
        subject="cặp được hỗ trợ thực hiện kỹ thuật hỗ trợ sinh sản", period=Y25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner, breadcrumb, '21/11/2024 - 10:20' under the headline, contact line, 'Tin khác'.",
    "Distractors: Nghị quyết số 28/2023/NQ-HĐND, 10:20, 'số 126 đường Trần Nhân Tông', 0228.3877.215, 'đợt 2 năm 2024', 'lần thứ 3'.",
    "'Trong số này' (sentence break) gives total 312 to 186 and 45; 'gồm' after 45 gives total 45 to 28 and 17; '11/45' total 45; 'trong đó 4 trường hợp' total 11.",
    "'ngân sách tỉnh 336 triệu đồng, chiếm 70%' after the whole 480 triệu: total 480 triệu and percent 70.",
    "'ước khoảng 7,5% ..., tương đương hơn 2.600 cặp': both figures, both estimate (the cue's clause continues); no attribute between them.",
    "'Đến nay' alone gives no period (as in shared gold 002: 'đến nay 100% bộ, ngành'); support amounts per couple are standing rates, no period.",
]

if __name__ == "__main__":
    write("p1389-2", TEXT, NOTES, FIGS, published="2024-11-21", location="Hải Hậu")
