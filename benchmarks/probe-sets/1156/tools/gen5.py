"""p1156-5: Party newspaper (Báo Thái Nguyên) feature: a woman's hair salon in Võ Nhai, women's union vocational classes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO THÁI NGUYÊN ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Xã hội > Việc làm

Nghề tóc mở lối thoát nghèo cho phụ nữ vùng cao

Từ một lớp học cắt tóc miễn phí do Hội Liên hiệp Phụ nữ huyện Võ Nhai mở năm 2019, chị Hoàng Thị Thu (xã La Hiên) nay đã có salon riêng tại thị trấn Đình Cả.

Salon của chị rộng khoảng 60 m², có 4 ghế cắt, ba thợ làm công hưởng lương từ 6 đến 8 triệu đồng/người/tháng. Ngày thường salon đón khoảng 40 lượt khách, dịp cận Tết tăng lên gấp đôi. Trừ chi phí, mỗi năm chị thu lãi gần 250 triệu đồng. Đến nay, chị đã truyền nghề miễn phí cho 27 chị em, trong đó 11 người đã mở tiệm tại các xóm.

Theo Hội LHPN tỉnh Thái Nguyên, giai đoạn 2021-2023, các cấp hội phối hợp mở 58 lớp dạy nghề ngắn hạn cho 1.624 hội viên, trong đó nghề cắt tóc, làm móng, trang điểm có 19 lớp. Tỷ lệ học viên có việc làm sau đào tạo đạt 82,4%, cao hơn 6 điểm phần trăm so với giai đoạn 2018-2020.

Năm 2024, Hội đặt mục tiêu hỗ trợ ít nhất 300 phụ nữ khởi nghiệp trong lĩnh vực dịch vụ, làm đẹp; phấn đấu mỗi huyện, thành phố có một mô hình salon tóc do phụ nữ làm chủ.

Hiện toàn tỉnh có hơn 1.100 tiệm cắt tóc, gội đầu đăng ký kinh doanh, gấp 1,6 lần so với năm 2015.

MINH HẰNG
14/5/2024
"""

P2123 = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
VN = "Võ Nhai"

FIGS = [
    fig("Từ một lớp học", "một", 1, "count", "lớp", optional=True,
        subject="lớp học cắt tóc miễn phí do Hội Liên hiệp Phụ nữ huyện Võ Nhai mở", location=VN),
    fig("khoảng 60 m²", "60", 60, "measure", "m²", approx="about", subject="diện tích salon", location=VN),
    fig("có 4 ghế cắt", "4", 4, "count", "ghế cắt", subject="ghế cắt của salon", location=VN),
    fig("ba thợ làm công", "ba", 3, "count", "thợ", subject="thợ làm công tại salon", location=VN),
    fig("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
        subject="lương thợ làm công tại salon", location=VN),
    fig("khoảng 40 lượt khách", "40", 40, "count", "lượt khách", approx="about",
        subject="lượt khách salon đón ngày thường", location=VN),
    fig("tăng lên gấp đôi", "đôi", 2, "multiple", "lần", optional=True,
        subject="lượt khách salon đón dịp cận Tết so với ngày thường", location=VN),
    fig("gần 250 triệu", "250", 250000000, "money", "đồng", approx="nearly",
        subject="lãi mỗi năm của salon", location=VN),
    fig("cho 27 chị em", "27", 27, "count", "chị em", subject="chị em được truyền nghề miễn phí", location=VN),
    fig("trong đó 11 người", "11", 11, "count", "người", total=27,
        subject="chị em được truyền nghề đã mở tiệm tại các xóm", location=VN),
    fig("mở 58 lớp", "58", 58, "count", "lớp", subject="lớp dạy nghề ngắn hạn cho hội viên", period=P2123),
    fig("cho 1.624 hội viên", "1.624", 1624, "count", "hội viên",
        subject="hội viên được dạy nghề ngắn hạn", period=P2123),
    fig("có 19 lớp", "19", 19, "count", "lớp", total=58, subject="lớp nghề cắt tóc, làm móng, trang điểm",
        period=P2123),
    fig("đạt 82,4%", "82,4", 82.4, "percent", "%",
        change=chg("increase", 6, "điểm phần trăm", "giai đoạn 2018-2020"),
        subject="tỷ lệ học viên có việc làm sau đào tạo", period=inh(P2123)),
    fig("ít nhất 300 phụ nữ", "300", 300, "count", "phụ nữ", approx="at_least", status="target",
        subject="phụ nữ được hỗ trợ khởi nghiệp trong lĩnh vực dịch vụ, làm đẹp", period=Y24),
    fig("có một mô hình", "một", 1, "count", "mô hình", status="target",
        subject="mô hình salon tóc do phụ nữ làm chủ ở mỗi huyện, thành phố", period=Y24),
    fig("hơn 1.100 tiệm", "1.100", 1100, "count", "tiệm", approx="over",
        change=chg("increase", 1.6, "lần", "năm 2015"),
        subject="tiệm cắt tóc, gội đầu đăng ký kinh doanh"),
]

NOTES = [
    "Party newspaper (Báo Thái Nguyên) feature; byline 'MINH HẰNG' and bare date '14/5/2024' at the end (published).",
    "Salon of chị Hoàng Thị Thu stands in thị trấn Đình Cả (huyện Võ Nhai): its figures, also in the next sentences, get Võ Nhai;",
    "her home 'xã La Hiên' is a commune of the same district. 'năm 2019' (the year of her course) is no period of the salon figures.",
    "'Từ một lớp học' (one class, a story device) is optional. Distractors: 'năm 2019', 'giai đoạn 2018-2020' (baseline).",
    "'dịp cận Tết tăng lên gấp đôi' compares another time with the 40 guests: optional multiple (đôi = 2), no change on 40.",
    "'Đến nay' and 'Hiện' give no period. 'cao hơn 6 điểm phần trăm so với giai đoạn 2018-2020' is the change of 82,4%.",
    "'gấp 1,6 lần so với năm 2015' after the count → its change. 'đặt mục tiêu' / 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1156-5", TEXT, NOTES, FIGS, published="2024-05-14", location="Thái Nguyên")
