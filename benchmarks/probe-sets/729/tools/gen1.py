"""p729-1: province portal, Đồng Tháp, straw collection after the Đông Xuân 2023-2024 crop."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đồng Tháp: Hơn 82% diện tích lúa Đông Xuân được thu gom rơm

Cập nhật: 22/04/2024 14:35
Lượt xem: 3.182

(ĐTO) - Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp, vụ lúa Đông Xuân 2023-2024 toàn tỉnh xuống giống 185.420 ha, đã thu hoạch dứt điểm. Tổng lượng rơm phát sinh ước khoảng 1,1 triệu tấn. Trong đó, lượng rơm được thu gom bằng máy cuộn đạt 742.600 tấn, chiếm 67,5%.

Diện tích lúa có rơm được thu gom, xử lý đạt hơn 152.000 ha, chiếm 82,1% diện tích thu hoạch, tăng 9,4% so với vụ Đông Xuân năm trước. Các địa phương có diện tích thu gom rơm lớn gồm: huyện Tháp Mười (31.250 ha), huyện Tam Nông (27.800 ha), huyện Thanh Bình (22.430 ha) và huyện Cao Lãnh (19.650 ha).

Toàn tỉnh hiện có 1.236 máy cuộn rơm, tăng 148 máy so với cuối năm 2023; công suất bình quân từ 3 đến 4 ha/máy/ngày. Giá rơm cuộn tại ruộng dao động từ 18.000 đến 25.000 đồng/cuộn, giúp nông dân có thêm thu nhập khoảng 1,5 triệu đồng/ha.

Bên cạnh đó, ngành nông nghiệp đã hỗ trợ 4.500 lít chế phẩm sinh học Trichoderma để xử lý gốc rạ trên diện tích gần 9.000 ha, với tổng kinh phí 675 triệu đồng. Tỷ lệ diện tích đốt rơm rạ giảm còn dưới 5%.

Phấn đấu đến năm 2025, tỷ lệ rơm rạ được thu gom, tái sử dụng đạt trên 90% và không còn tình trạng đốt rơm ngoài đồng.

Mọi thông tin xin liên hệ: Chi cục Trồng trọt và Bảo vệ thực vật, số 5 đường 30/4, Phường 1, TP. Cao Lãnh; điện thoại 0277.3851.421.
"""

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Tháp (invented): thu gom rơm vụ Đông Xuân 2023-2024. Breadcrumb, 'Cập nhật: 22/04/2024 14:35', 'Lượt xem: 3.182'.",
    "Distractors: Lượt xem, 'vụ Đông Xuân 2023-2024' (a season, no period given), 'số 5 đường 30/4, Phường 1', phone 0277.3851.421.",
    "The season 'Đông Xuân 2023-2024' spans two years: no period annotated for the season figures (unscored).",
    "'Trong đó' after a sentence break: 742.600 tấn is part of 1,1 triệu tấn (total), its own status is actual (the 'ước' cue is in the previous sentence).",
    "District list after 'Các địa phương ... gồm:' follows no figure (the cue follows a noun, not the 152.000 ha), so no total; districts go to location.",
    "'giảm còn dưới 5%' is a level (reduced to under 5%), a percent figure with approx under and no change.",
]

FIGS = [
    fig("Hơn 82% diện tích", "82", 82, "percent", "%", "diện tích lúa Đông Xuân được thu gom rơm", approx="over"),
    fig("xuống giống 185.420 ha", "185.420", 185420, "measure", "ha", "diện tích lúa Đông Xuân xuống giống"),
    fig("ước khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "tổng lượng rơm phát sinh", approx="about", status="estimate"),
    fig("đạt 742.600 tấn", "742.600", 742600, "measure", "tấn", "lượng rơm được thu gom bằng máy cuộn", total=1100000, percent=67.5),
    fig("đạt hơn 152.000 ha", "152.000", 152000, "measure", "ha", "diện tích lúa có rơm được thu gom, xử lý", approx="over",
        percent=82.1, change=chg("increase", 9.4, "%", "vụ Đông Xuân năm trước")),
    fig("Tháp Mười (31.250 ha)", "31.250", 31250, "measure", "ha", "diện tích thu gom rơm", location="Tháp Mười"),
    fig("Tam Nông (27.800 ha)", "27.800", 27800, "measure", "ha", "diện tích thu gom rơm", location="Tam Nông"),
    fig("Thanh Bình (22.430 ha)", "22.430", 22430, "measure", "ha", "diện tích thu gom rơm", location="Thanh Bình"),
    fig("huyện Cao Lãnh (19.650 ha)", "19.650", 19650, "measure", "ha", "diện tích thu gom rơm", location="Cao Lãnh"),
    fig("có 1.236 máy cuộn rơm", "1.236", 1236, "count", "máy cuộn rơm", "máy cuộn rơm",
        change=chg("increase", 148, "máy", "cuối năm 2023")),
    fig("từ 3 đến 4 ha/máy/ngày", "3", 3, "measure", "ha/máy/ngày", "công suất bình quân máy cuộn rơm", value_max=4),
    fig("từ 18.000 đến 25.000 đồng/cuộn", "18.000", 18000, "money", "đồng/cuộn", "giá rơm cuộn tại ruộng", value_max=25000),
    fig("khoảng 1,5 triệu đồng/ha", "1,5", 1500000, "money", "đồng/ha", "thu nhập nông dân có thêm", approx="about"),
    fig("hỗ trợ 4.500 lít", "4.500", 4500, "measure", "lít", "chế phẩm sinh học Trichoderma hỗ trợ xử lý gốc rạ"),
    fig("gần 9.000 ha", "9.000", 9000, "measure", "ha", "diện tích xử lý gốc rạ bằng chế phẩm sinh học", approx="nearly"),
    fig("kinh phí 675 triệu đồng", "675", 675000000, "money", "đồng", "tổng kinh phí hỗ trợ chế phẩm sinh học"),
    fig("dưới 5%", "5", 5, "percent", "%", "tỷ lệ diện tích đốt rơm rạ", approx="under"),
    fig("trên 90%", "90", 90, "percent", "%", "tỷ lệ rơm rạ được thu gom, tái sử dụng", approx="over", status="target",
        period=per("đến năm 2025", None, "2025-12-31")),
]

if __name__ == "__main__":
    emit("p729-1", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Đồng Tháp")
