"""p1252-2: district portal (huyện Nhơn Trạch, Đồng Nai): managing independent childcare groups near industrial parks."""
from lib import fig, per, inh, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHƠN TRẠCH - TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Tăng cường quản lý nhóm trẻ độc lập tại các xã có khu công nghiệp

Ngày đăng: 22/08/2024 | Tác giả: Phòng Giáo dục và Đào tạo

Nhơn Trạch hiện có 9 khu công nghiệp với khoảng 125 nghìn công nhân, lao động, trong đó gần 60% là lao động nữ trong độ tuổi sinh đẻ, nên nhu cầu gửi trẻ rất lớn.

Toàn huyện có 97 nhóm trẻ độc lập tư thục, trong đó 68 nhóm đã được cấp phép, 29 nhóm đang hoàn thiện hồ sơ. Các nhóm trẻ nhận trông giữ 3.140 cháu, chủ yếu là con công nhân; thị trấn Hiệp Phước có nhiều nhất với 31 nhóm, tiếp đến là xã Phước Thiền 18 nhóm. Mức thu phổ biến từ 1,5 đến 2 triệu đồng/trẻ/tháng; nhiều nhóm trông giữ đến 19 giờ để phù hợp với ca làm việc của công nhân.

Từ đầu năm đến nay, Phòng Giáo dục và Đào tạo phối hợp với UBND các xã, thị trấn kiểm tra 64 lượt nhóm trẻ, phát hiện 11 nhóm chưa bảo đảm điều kiện về diện tích, vệ sinh, phòng cháy; đình chỉ hoạt động hai nhóm, xử phạt hành chính 37,5 triệu đồng. Theo quy định, mỗi nhóm trẻ độc lập được nhận tối đa 70 trẻ, diện tích phòng nuôi dưỡng không dưới 1,5 m2/trẻ.

Trong tháng 9, huyện dự kiến tập huấn cho khoảng 200 chủ nhóm trẻ và người chăm sóc trẻ; phấn đấu đến cuối năm 2024 có ít nhất 85 nhóm trẻ được cấp phép.

Tin khác:
- Nhơn Trạch: Ra quân Chiến dịch Thanh niên tình nguyện hè 2024
- Hội nghị giao ban công tác giáo dục quý II

Địa chỉ: Khu Trung tâm hành chính huyện, xã Phú Hội, huyện Nhơn Trạch, tỉnh Đồng Nai
Điện thoại: 0251.3521.246 - Email: ubnd-nt@dongnai.gov.vn
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
SEPT = per("Trong tháng 9", "2024-09-01", "2024-09-30")
EOY = per("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    fig("có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp", subject="khu công nghiệp"),
    fig("khoảng 125 nghìn", "125", 125000, "count", "công nhân, lao động", approx="about",
        subject="công nhân, lao động tại các khu công nghiệp"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="lao động nữ trong độ tuổi sinh đẻ"),
    fig("có 97 nhóm", "97", 97, "count", "nhóm trẻ", subject="nhóm trẻ độc lập tư thục"),
    fig("trong đó 68 nhóm", "68", 68, "count", "nhóm", total=97, subject="nhóm đã được cấp phép"),
    fig("29 nhóm đang", "29", 29, "count", "nhóm", total=97, subject="nhóm đang hoàn thiện hồ sơ"),
    fig("giữ 3.140 cháu", "3.140", 3140, "count", "cháu", subject="cháu các nhóm trẻ nhận trông giữ"),
    fig("với 31 nhóm", "31", 31, "count", "nhóm", subject="nhóm trẻ độc lập tại thị trấn Hiệp Phước"),
    fig("Phước Thiền 18 nhóm", "18", 18, "count", "nhóm", subject="nhóm trẻ độc lập tại xã Phước Thiền"),
    fig("từ 1,5 đến 2 triệu", "1,5", 1.5e6, "money", "đồng/trẻ/tháng", value_max=2e6,
        subject="mức thu phổ biến"),
    fig("kiểm tra 64 lượt", "64", 64, "count", "lượt nhóm trẻ", subject="nhóm trẻ được kiểm tra",
        period=YTD),
    fig("phát hiện 11 nhóm", "11", 11, "count", "nhóm",
        subject="nhóm chưa bảo đảm điều kiện về diện tích, vệ sinh, phòng cháy", period=YTD),
    fig("hoạt động hai nhóm", "hai", 2, "count", "nhóm", subject="nhóm bị đình chỉ hoạt động", period=YTD),
    fig("hành chính 37,5 triệu", "37,5", 37.5e6, "money", "đồng", subject="xử phạt hành chính",
        period=YTD),
    fig("tối đa 70 trẻ", "70", 70, "count", "trẻ", approx="at_most",
        subject="số trẻ mỗi nhóm trẻ độc lập được nhận"),
    fig("không dưới 1,5 m2/trẻ", "1,5", 1.5, "measure", "m2/trẻ", approx="at_least",
        subject="diện tích phòng nuôi dưỡng"),
    fig("khoảng 200 chủ", "200", 200, "count", "chủ nhóm trẻ và người chăm sóc trẻ", approx="about",
        status="forecast", subject="chủ nhóm trẻ và người chăm sóc trẻ được tập huấn", period=SEPT),
    fig("ít nhất 85 nhóm", "85", 85, "count", "nhóm trẻ", approx="at_least", status="target",
        subject="nhóm trẻ được cấp phép", period=EOY),
]

NOTES = [
    "District portal (huyện Nhơn Trạch, Đồng Nai): banner naming the district, menu, 'Ngày đăng: 22/08/2024', 'Tin khác', address footer.",
    "Distractors: 'đến 19 giờ' (time of day), 'hè 2024', 'quý II' in link titles, address, phone 0251.3521.246, the dateline.",
    "'trong đó gần 60% là lao động nữ': the part has no number of its own → a percent figure (nearly).",
    "'trong đó 68 nhóm ..., 29 nhóm ...' → total 97 (68 + 29 = 97).",
    "'thị trấn Hiệp Phước ... 31 nhóm', 'xã Phước Thiền 18 nhóm': communes/townships are not districts, so location stays Nhơn Trạch",
    "and the commune stays in the subject.",
    "'phát hiện 11 nhóm' after 'kiểm tra 64 lượt': no part-of cue, no total. 'hai nhóm' is a number word.",
    "Regulatory limits 'tối đa 70 trẻ' (at_most) and 'không dưới 1,5 m2/trẻ' (at_least) are figures; no period (standing rule).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-22. 'Trong tháng 9' takes 2024 (nearest earlier date); 'dự kiến' → forecast.",
    "'phấn đấu đến cuối năm 2024 ... ít nhất 85' → target, period start null, end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1252-2", TEXT, NOTES, FIGS, published="2024-08-22", location="Nhơn Trạch")
