"""p1409-1: province portal (Gia Lai): forest-law violations 9 months 2024, a logging case in Kbang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

9 tháng, Gia Lai phát hiện 312 vụ vi phạm lâm luật

Cập nhật: 10/10/2024 15:35 | Lượt xem: 1.864

Theo Chi cục Kiểm lâm tỉnh, 9 tháng đầu năm 2024, lực lượng kiểm lâm phối hợp các ngành chức năng phát hiện, lập hồ sơ xử lý 312 vụ vi phạm pháp luật về lâm nghiệp, giảm 14,6% so với cùng kỳ năm 2023. Trong đó, phá rừng trái phép 58 vụ; khai thác rừng trái phép 41 vụ; vận chuyển, mua bán lâm sản trái phép 127 vụ; vi phạm khác 86 vụ.

Diện tích rừng bị phá là 46,8 ha, giảm 21,3 ha so với cùng kỳ, tập trung tại các huyện Kbang, Mang Yang và Đak Đoa. Lực lượng chức năng tịch thu 384,5 m3 gỗ các loại (gỗ tròn 251,2 m3, gỗ xẻ 133,3 m3) và 29 phương tiện, gồm 11 ô tô và 18 xe máy; thu nộp ngân sách hơn 3,6 tỷ đồng. Cơ quan điều tra đã khởi tố hình sự 23 vụ với 31 bị can, chiếm 7,4% tổng số vụ vi phạm.

Trong tháng 8, tại tiểu khu 262 thuộc xã Sơn Lang, huyện Kbang, Đội Kiểm lâm cơ động và PCCCR số 1 bắt quả tang 4 đối tượng dùng 2 máy cưa xăng cắt hạ 17 cây gỗ dầu, tổng khối lượng gần 21 m3.

Tỷ lệ che phủ rừng toàn tỉnh hiện đạt 47,2%. Quý IV, Chi cục phấn đấu giảm ít nhất 10% số vụ vi phạm so với cùng kỳ; người dân có thể phản ánh qua đường dây nóng 0269.3824.115.

Tin liên quan:
- Gia Lai: Tập huấn nghiệp vụ kiểm lâm năm 2024
- Kbang ra quân truy quét lâm tặc lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
AUG = per("Trong tháng 8", "2024-08-01", "2024-08-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
KB = "Kbang"

FIGS = [
    fig("phát hiện 312 vụ vi phạm lâm luật", "312", 312, "count", "vụ",
        subject="vụ vi phạm lâm luật", period=NINE_H),
    fig("xử lý 312 vụ", "312", 312, "count", "vụ",
        change=chg("decrease", 14.6, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm pháp luật về lâm nghiệp", period=NINE),
    fig("trái phép 58 vụ", "58", 58, "count", "vụ", total=312,
        subject="vụ phá rừng trái phép", period=inh(NINE)),
    fig("trái phép 41 vụ", "41", 41, "count", "vụ", total=312,
        subject="vụ khai thác rừng trái phép", period=inh(NINE)),
    fig("trái phép 127 vụ", "127", 127, "count", "vụ", total=312,
        subject="vụ vận chuyển, mua bán lâm sản trái phép", period=inh(NINE)),
    fig("khác 86 vụ", "86", 86, "count", "vụ", total=312,
        subject="vụ vi phạm khác", period=inh(NINE)),
    fig("là 46,8 ha", "46,8", 46.8, "measure", "ha",
        change=chg("decrease", 21.3, "ha", "cùng kỳ"),
        subject="diện tích rừng bị phá", period=inh(NINE)),
    fig("tịch thu 384,5 m3", "384,5", 384.5, "measure", "m3",
        subject="gỗ các loại tịch thu", period=inh(NINE)),
    fig("gỗ tròn 251,2 m3", "251,2", 251.2, "measure", "m3", total=384.5,
        subject="gỗ tròn tịch thu", period=inh(NINE)),
    fig("gỗ xẻ 133,3 m3", "133,3", 133.3, "measure", "m3", total=384.5,
        subject="gỗ xẻ tịch thu", period=inh(NINE)),
    fig("và 29 phương tiện", "29", 29, "count", "phương tiện",
        subject="phương tiện tịch thu", period=inh(NINE)),
    fig("gồm 11 ô tô", "11", 11, "count", "ô tô", total=29,
        subject="ô tô tịch thu", period=inh(NINE)),
    fig("và 18 xe máy", "18", 18, "count", "xe máy", total=29,
        subject="xe máy tịch thu", period=inh(NINE)),
    fig("hơn 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="over",
        subject="thu nộp ngân sách", period=inh(NINE)),
    fig("hình sự 23 vụ", "23", 23, "count", "vụ", percent=7.4,
        subject="vụ khởi tố hình sự", period=inh(NINE)),
    fig("với 31 bị can", "31", 31, "count", "bị can",
        subject="bị can bị khởi tố", period=inh(NINE)),
    fig("quả tang 4 đối tượng", "4", 4, "count", "đối tượng",
        subject="đối tượng bị bắt quả tang cắt hạ cây gỗ dầu", period=AUG, location=KB),
    fig("dùng 2 máy cưa", "2", 2, "count", "máy cưa xăng",
        subject="máy cưa xăng đối tượng sử dụng", period=AUG, location=KB),
    fig("cắt hạ 17 cây", "17", 17, "count", "cây",
        subject="cây gỗ dầu bị cắt hạ", period=AUG, location=KB),
    fig("gần 21 m3", "21", 21, "measure", "m3", approx="nearly",
        subject="tổng khối lượng gỗ dầu bị cắt hạ", period=AUG, location=KB),
    fig("đạt 47,2%", "47,2", 47.2, "percent", "%",
        subject="tỷ lệ che phủ rừng toàn tỉnh"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số vụ vi phạm giảm so với cùng kỳ", period=Q4),
]

NOTES = [
    "Province portal (Gia Lai): forest-law violations 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:35 | Lượt xem: 1.864', related links.",
    "Distractors: 15:35, Lượt xem 1.864, 'tiểu khu 262', 'Đội ... PCCCR số 1', hotline 0269.3824.115, 'năm 2024' and 'lần thứ 3' in links.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline; the body's 9-month phrase is in the first sentence only, so later sentences inherit it.",
    "'Trong đó' parts after a sentence break: total 312. The bracketed breakdown 251,2 + 133,3 = 384,5 gives total; 'gồm 11 ô tô và 18 xe máy' → total 29.",
    "'giảm 21,3 ha so với cùng kỳ' → change in ha. 'khởi tố hình sự 23 vụ với 31 bị can, chiếm 7,4% tổng số vụ vi phạm': the share is of cases (23/312), so it belongs to 23 vụ.",
    "The Kbang case (Trong tháng 8 → August 2024) has location Kbang. 'Quý IV ... phấn đấu giảm ít nhất 10%' is a target percent figure without change object.",
]

if __name__ == "__main__":
    write("p1409-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Gia Lai")
