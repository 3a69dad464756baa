"""p1311-8: news agency (TTXVN): Cam Lâm (Khánh Hòa) households short of water, trucked-water prices (July 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Xã hội | Môi trường

Khánh Hòa: Hơn 2.000 hộ ở Cam Lâm thiếu nước, giá nước chở tăng mạnh

Ngày đăng: 10/07/2024 11:20

Khánh Hòa (TTXVN) - Nắng nóng kéo dài khiến các hồ chứa trên địa bàn huyện Cam Lâm chỉ còn khoảng 15-20% dung tích thiết kế; hơn 2.000 hộ dân tại các xã Cam Hiệp Nam, Cam Hiệp Bắc, Sơn Tân thiếu nước sinh hoạt.

Ông Nguyễn Văn Thịnh, Chủ tịch UBND xã Sơn Tân cho biết, xã có 420 hộ, trong đó 85% là đồng bào Raglai, hiện có 312 hộ thiếu nước. Các giếng đào của người dân sâu 6-8 m đều đã cạn; xã đã huy động 2 xe bồn, mỗi ngày chở 4 chuyến, mỗi chuyến 5 m3 nước phân phối cho các thôn.

Do nguồn nước khan hiếm, giá nước chở đến tận nhà tại Cam Lâm đã tăng từ 60.000 đồng/m3 lên 100.000-120.000 đồng/m3. Nhiều hộ phải mua bồn nhựa, lu chứa để dự trữ; bồn inox loại 1.500 lít có giá khoảng 3,5 triệu đồng/bồn.

Theo Sở Nông nghiệp và Phát triển nông thôn Khánh Hòa, 6 tháng đầu năm 2024 toàn tỉnh có 4.870 hộ thiếu nước sinh hoạt, gấp 1,6 lần cùng kỳ năm 2023; Cam Lâm là địa phương có số hộ thiếu nước đứng thứ hai toàn tỉnh, sau thành phố Cam Ranh. Tỉnh đã chi 7,2 tỷ đồng cho các giải pháp cấp nước khẩn cấp, trong đó khoan 64 giếng, lắp 38 trạm xử lý nước mini. Dự kiến trong tháng 8, công trình cấp nước sinh hoạt Cam Hiệp Nam công suất 1.200 m3/ngày đêm sẽ hoàn thành, cấp nước cho khoảng 1.600 hộ.

Thu Hằng (TTXVN)
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AUG = per("trong tháng 8", "2024-08-01", "2024-08-31")
KH = "Khánh Hòa"

FIGS = [
    fig("Hơn 2.000 hộ", "2.000", 2000, "count", "hộ", approx="over", subject="hộ thiếu nước"),
    fig("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
        subject="dung tích còn lại của các hồ chứa so với dung tích thiết kế"),
    fig("hơn 2.000 hộ dân", "2.000", 2000, "count", "hộ", approx="over", subject="hộ dân thiếu nước sinh hoạt"),
    fig("có 420 hộ", "420", 420, "count", "hộ", subject="hộ của xã Sơn Tân"),
    fig("đó 85%", "85", 85, "percent", "%", subject="hộ là đồng bào Raglai"),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ thiếu nước ở xã Sơn Tân"),
    fig("sâu 6-8 m", "6", 6, "measure", "m", value_max=8, subject="độ sâu giếng đào của người dân"),
    fig("2 xe bồn", "2", 2, "count", "xe bồn", subject="xe bồn xã huy động"),
    fig("chở 4 chuyến", "4", 4, "measure", "chuyến/ngày", subject="chuyến chở nước mỗi ngày"),
    fig("chuyến 5 m3", "5", 5, "measure", "m3/chuyến", subject="nước mỗi chuyến"),
    fig("từ 60.000", "60.000", 60000, "money", "đồng/m3", subject="giá nước chở đến tận nhà trước đây"),
    fig("lên 100.000-120.000", "100.000", 100000, "money", "đồng/m3", value_max=120000,
        subject="giá nước chở đến tận nhà"),
    fig("loại 1.500 lít", "1.500", 1500, "measure", "lít", subject="dung tích bồn inox", optional=True),
    fig("khoảng 3,5 triệu", "3,5", 3.5e6, "money", "đồng/bồn", approx="about", subject="giá bồn inox loại 1.500 lít"),
    fig("có 4.870 hộ", "4.870", 4870, "count", "hộ", change=chg("increase", 1.6, "lần", "cùng kỳ năm 2023"),
        subject="hộ thiếu nước sinh hoạt", period=H1, location=KH),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số hộ thiếu nước", period=H1),
    fig("chi 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", subject="kinh phí tỉnh chi cho các giải pháp cấp nước khẩn cấp",
        period=inh(H1), location=KH),
    fig("khoan 64 giếng", "64", 64, "count", "giếng", subject="giếng khoan", period=inh(H1), location=KH),
    fig("lắp 38 trạm", "38", 38, "count", "trạm", subject="trạm xử lý nước mini lắp đặt", period=inh(H1),
        location=KH),
    fig("1.200 m3/ngày", "1.200", 1200, "measure", "m3/ngày đêm", status="forecast",
        subject="công suất công trình cấp nước sinh hoạt Cam Hiệp Nam"),
    fig("khoảng 1.600 hộ", "1.600", 1600, "count", "hộ", approx="about", status="forecast",
        subject="hộ được công trình cấp nước", period=AUG),
]

NOTES = [
    "News agency (TTXVN): section line, 'Ngày đăng: 10/07/2024 11:20' (published), place tag 'Khánh Hòa (TTXVN) -', byline.",
    "Most figures are huyện Cam Lâm's (default location; Sơn Tân and Cam Hiệp Nam are communes of it); the Sở's province figures",
    "are Khánh Hòa. Distractors: 11:20, 'Chủ tịch UBND xã', 'thành phố Cam Ranh'.",
    "Headline and sapo '2.000 hộ' are two figures. '15-20% dung tích thiết kế' is a percent range (about) with no base amount.",
    "'xã có 420 hộ, trong đó 85% là đồng bào Raglai': a percent figure of its own; a percent has no whole in hộ (no total).",
    "'hiện có 312 hộ thiếu nước' has no part-of cue: no total. 'mỗi ngày chở 4 chuyến' → chuyến/ngày; 'mỗi chuyến 5 m3' → m3/chuyến.",
    "'tăng từ 60.000 đồng/m3 lên 100.000-120.000 đồng/m3': the old price is a figure of its own; the new one a range.",
    "'bồn inox loại 1.500 lít' is a product size (optional). 'gấp 1,6 lần cùng kỳ năm 2023' is the change (lần) of 4.870 hộ.",
    "'Cam Lâm ... đứng thứ hai toàn tỉnh' is a rank (number word), located in Cam Lâm, period of its sentence (6 tháng đầu năm 2024).",
    "'trong đó khoan 64 giếng, lắp 38 trạm' after 7,2 tỷ đồng count other things: no total.",
    "'Dự kiến trong tháng 8' → forecast; tháng 8 takes 2024. The plant's design capacity gets no period.",
]

if __name__ == "__main__":
    write("p1311-8", TEXT, NOTES, FIGS, published="2024-07-10", location="Cam Lâm")
