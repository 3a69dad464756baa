"""p1478-4: provincial newspaper (Báo Cần Thơ): robot vacuum sales at year end, a service centre, city retail."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Cần Thơ > Kinh tế > Thị trường

Robot hút bụi "hút" khách dịp cuối năm

Thứ Hai, 25/11/2024, 06:15

Những tháng cuối năm, nhu cầu mua robot hút bụi lau nhà tại Cần Thơ tăng mạnh. Nhiều cửa hàng điện máy ghi nhận doanh số tăng từ 30-40% so với cùng kỳ.

(CT) - Tại siêu thị Điện máy Phương Nam trên đường 30 Tháng 4, quận Ninh Kiều, khu trưng bày robot hút bụi luôn đông khách. Chị Trần Thị Ngọc Hân, quản lý siêu thị, cho biết: "Từ đầu tháng 10 đến nay, siêu thị bán được gần 420 robot hút bụi, gấp đôi cùng kỳ năm trước. Dòng máy có giá từ 8 đến 15 triệu đồng chiếm khoảng 60% doanh số". Hiện robot hút bụi đứng thứ hai về doanh thu trong nhóm hàng gia dụng của siêu thị, chỉ sau máy lọc không khí.

Theo anh Lê Minh Khoa, nhân viên kinh doanh, khách hàng ngày càng chuộng các mẫu robot tích hợp lau nhà, tự giặt giẻ. Mỗi ngày thường, siêu thị đón 5-7 lượt khách đến hỏi mua robot, ngày cuối tuần khoảng ba chục lượt.

Không chỉ bán hàng, dịch vụ sửa chữa, bảo dưỡng robot hút bụi cũng phát triển. Trung tâm bảo hành Nam Việt tại quận Cái Răng mỗi tháng tiếp nhận khoảng 250 máy, trong đó khoảng 40% là lỗi pin và chổi quét. Chi phí thay pin dao động 1,2-1,8 triệu đồng/viên, thay chổi chính khoảng 350.000 đồng.

Theo Sở Công Thương, năm 2024 thành phố có khoảng 320 cửa hàng kinh doanh điện máy, điện gia dụng, trong đó 3 chuỗi siêu thị điện máy lớn có 46 cửa hàng; doanh thu nhóm hàng đồ dùng, dụng cụ, trang thiết bị gia đình 10 tháng ước đạt 4.860 tỷ đồng, tăng 11,3% so với cùng kỳ, chiếm 9,4% tổng mức bán lẻ hàng hóa.

KHÁNH TRUNG

Chia sẻ | In bài | Bình luận (0)
"""

OCT = per("Từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-25")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M10 = per("10 tháng", "2024-01-01", "2024-10-31")
NK = "Ninh Kiều"
CR = "Cái Răng"

FIGS = [
    fig("từ 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="doanh số của nhiều cửa hàng điện máy"),
    fig("gần 420 robot", "420", 420, "count", "robot hút bụi", approx="nearly",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="robot hút bụi siêu thị bán được", period=OCT, location=NK),
    fig("từ 8 đến 15 triệu", "8", 8e6, "money", "đồng", value_max=15e6,
        subject="giá dòng máy", location=NK, optional=True),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng dòng máy có giá từ 8 đến 15 triệu đồng trong doanh số", period=inh(OCT), location=NK),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="robot hút bụi về doanh thu trong nhóm hàng gia dụng của siêu thị", location=NK),
    fig("đón 5-7 lượt", "5", 5, "measure", "lượt khách/ngày", value_max=7,
        subject="lượt khách đến hỏi mua robot mỗi ngày thường", location=NK),
    fig("khoảng ba chục lượt", "ba chục", 30, "measure", "lượt/ngày", approx="about",
        subject="lượt khách đến hỏi mua robot ngày cuối tuần", location=NK),
    fig("khoảng 250 máy", "250", 250, "measure", "máy/tháng", approx="about",
        subject="máy Trung tâm bảo hành Nam Việt tiếp nhận mỗi tháng", location=CR),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ máy lỗi pin và chổi quét", location=CR),
    fig("dao động 1,2-1,8 triệu", "1,2", 1.2e6, "money", "đồng/viên", value_max=1.8e6,
        subject="chi phí thay pin", location=CR),
    fig("khoảng 350.000", "350.000", 350000, "money", "đồng", approx="about",
        subject="chi phí thay chổi chính", location=CR),
    fig("khoảng 320 cửa hàng", "320", 320, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh điện máy, điện gia dụng", period=Y24),
    fig("trong đó 3 chuỗi", "3", 3, "count", "chuỗi siêu thị", subject="chuỗi siêu thị điện máy lớn", period=Y24),
    fig("có 46 cửa hàng", "46", 46, "count", "cửa hàng", total=320,
        subject="cửa hàng của 3 chuỗi siêu thị điện máy lớn", period=Y24),
    fig("ước đạt 4.860 tỷ", "4.860", 4860e9, "money", "đồng", status="estimate", percent=9.4,
        change=chg("increase", 11.3, "%", "cùng kỳ"),
        subject="doanh thu nhóm hàng đồ dùng, dụng cụ, trang thiết bị gia đình", period=M10),
]

NOTES = [
    "Provincial newspaper (Báo Cần Thơ): breadcrumb, 'Thứ Hai, 25/11/2024, 06:15', sapo, tag '(CT) -', byline KHÁNH TRUNG, share bar.",
    "Distractors: 06:15, 'đường 30 Tháng 4' (road name), 'Bình luận (0)', 'cùng kỳ năm trước' (baseline).",
    "Sapo 'doanh số tăng từ 30-40% so với cùng kỳ': growth rate as the claim, percent range 30-40, no period (the 'tháng cuối năm' is vague).",
    "Supermarket passage in quận Ninh Kiều → location Ninh Kiều; service centre in quận Cái Răng → Cái Răng; the Sở figures → Cần Thơ.",
    "'Từ đầu tháng 10 đến nay' → 2024-10-01 .. 2024-11-25 (dateline). 'gấp đôi cùng kỳ năm trước' is the change of the 420 (increase, 2 lần).",
    "'Dòng máy có giá từ 8 đến 15 triệu đồng' defines a price segment (like 'dưới 1 tuổi' in shared gold h24): optional.",
    "'Mỗi ngày thường ... 5-7 lượt khách', 'ngày cuối tuần khoảng ba chục lượt' are per-day rates: measure, 'lượt khách/ngày'. 'ba chục' = 30.",
    "'mỗi tháng tiếp nhận khoảng 250 máy' → measure, 'máy/tháng'. 'trong đó khoảng 40%' is a percent figure of its own.",
    "'đứng thứ hai về doanh thu trong nhóm hàng gia dụng của siêu thị' is a rank of the product in one store: rank 2, Ninh Kiều, no period.",
    "'khoảng 320 cửa hàng ..., trong đó 3 chuỗi ... có 46 cửa hàng' → 46 has total 320; the 3 chuỗi count another thing (no total).",
    "'10 tháng' takes 2024 (nearest earlier period 'năm 2024' in the same sentence); 'ước đạt' → estimate, 'chiếm 9,4%' → percent attribute.",
]

if __name__ == "__main__":
    write("p1478-4", TEXT, NOTES, FIGS, published="2024-11-25", location="Cần Thơ")
