"""p861-1: province portal (Bình Dương), licensing of sports businesses, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

6 tháng, Bình Dương cấp mới 47 giấy chứng nhận kinh doanh hoạt động thể thao

Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, Sở đã cấp mới 47 giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao, tăng 9 giấy chứng nhận so với cùng kỳ năm 2023, đạt 58,8% kế hoạch năm. Trong đó, có 31 giấy chứng nhận cấp cho cơ sở thể dục thể hình và thể dục thẩm mỹ, 9 giấy chứng nhận cho cơ sở yoga và 7 giấy chứng nhận cho cơ sở bơi, lặn.

Tính đến ngày 30/6/2024, toàn tỉnh có 312 cơ sở kinh doanh hoạt động thể thao, trong đó phòng tập gym, thể hình chiếm 46,2%. Các địa phương có nhiều cơ sở nhất là thành phố Thủ Dầu Một (86 cơ sở), Dĩ An (64 cơ sở) và Thuận An (59 cơ sở); nhiều phòng tập mới mở dọc đại lộ Bình Dương và Quốc lộ 13. Bình Dương hiện đứng thứ 4 cả nước về số cơ sở kinh doanh hoạt động thể thao được cấp phép.

Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 128 cơ sở. Trong số đó, 17 cơ sở có vi phạm (chiếm 13,3%), chủ yếu là không niêm yết giá, thiếu người hướng dẫn tập luyện, không trang bị túi sơ cứu. Đoàn đã xử phạt 11 trường hợp theo Nghị định số 46/2019/NĐ-CP với tổng số tiền 96,5 triệu đồng, tăng 12,4% so với cùng kỳ.

Khảo sát của Sở cho thấy mức phí tập phổ biến tại các phòng tập thể hình từ 300.000 đến 600.000 đồng/người/tháng; một số phòng tập cao cấp thu trên 1,2 triệu đồng/người/tháng. Các cơ sở hiện tạo việc làm cho hơn 2.100 lao động, trong đó có 540 huấn luyện viên, người hướng dẫn tập luyện.

Trong 6 tháng cuối năm, Sở phấn đấu cấp mới ít nhất 33 giấy chứng nhận để hoàn thành kế hoạch cả năm 2024 là 80 giấy chứng nhận, đồng thời phấn đấu đến hết năm 2024 có trên 60% cơ sở được kiểm tra.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
GCN = "giấy chứng nhận"
SUBJ_GCN = "giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao cấp mới"
SUBJ_CS = "cơ sở kinh doanh hoạt động thể thao"

FIGS = [
    F("Bình Dương cấp mới 47 giấy", "47", 47, "count", GCN, SUBJ_GCN,
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("Sở đã cấp mới 47 giấy", "47", 47, "count", GCN, SUBJ_GCN, H1,
      percent=58.8, change=C("increase", 9, GCN, "cùng kỳ năm 2023")),
    F("có 31 giấy chứng nhận", "31", 31, "count", GCN,
      "giấy chứng nhận cấp cho cơ sở thể dục thể hình và thể dục thẩm mỹ", I(H1), total=47),
    F("9 giấy chứng nhận cho cơ sở yoga", "9", 9, "count", GCN,
      "giấy chứng nhận cấp cho cơ sở yoga", I(H1), total=47),
    F("7 giấy chứng nhận cho cơ sở bơi", "7", 7, "count", GCN,
      "giấy chứng nhận cấp cho cơ sở bơi, lặn", I(H1), total=47),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", SUBJ_CS, ASOF),
    F("chiếm 46,2%", "46,2", 46.2, "percent", "%",
      "tỷ lệ phòng tập gym, thể hình trong số cơ sở kinh doanh hoạt động thể thao", ASOF),
    F("Thủ Dầu Một (86 cơ sở)", "86", 86, "count", "cơ sở", SUBJ_CS, I(ASOF), location="Thủ Dầu Một"),
    F("Dĩ An (64 cơ sở)", "64", 64, "count", "cơ sở", SUBJ_CS, I(ASOF), location="Dĩ An"),
    F("Thuận An (59 cơ sở)", "59", 59, "count", "cơ sở", SUBJ_CS, I(ASOF), location="Thuận An"),
    F("đứng thứ 4 cả nước", "4", 4, "rank", "hạng",
      "số cơ sở kinh doanh hoạt động thể thao được cấp phép"),
    F("đã kiểm tra 128 cơ sở", "128", 128, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", YTD),
    F("17 cơ sở có vi phạm", "17", 17, "count", "cơ sở", "cơ sở có vi phạm", I(YTD),
      total=128, percent=13.3),
    F("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", I(YTD)),
    F("tổng số tiền 96,5 triệu đồng", "96,5", 96_500_000, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(YTD),
      change=C("increase", 12.4, "%", "cùng kỳ")),
    F("từ 300.000 đến 600.000 đồng", "300.000", 300_000, "money", "đồng/người/tháng",
      "mức phí tập phổ biến tại các phòng tập thể hình", value_max=600_000),
    F("trên 1,2 triệu đồng", "1,2", 1_200_000, "money", "đồng/người/tháng",
      "mức phí tập tại phòng tập cao cấp", approx="over"),
    F("hơn 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động làm việc tại các cơ sở", approx="over"),
    F("có 540 huấn luyện viên", "540", 540, "count", "huấn luyện viên",
      "huấn luyện viên, người hướng dẫn tập luyện", total=2100),
    F("ít nhất 33 giấy", "33", 33, "count", GCN, SUBJ_GCN,
      P("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="at_least", status="target"),
    F("là 80 giấy chứng nhận", "80", 80, "count", GCN, "kế hoạch cấp giấy chứng nhận cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 60% cơ sở", "60", 60, "percent", "%", "tỷ lệ cơ sở được kiểm tra",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bình Dương: licensing of sports businesses (gyms, yoga, swimming) in H1/2024, inspections, fees, targets.",
    "Headline '6 tháng' has no year: it takes 2024 from the dateline before it. 'Từ đầu năm đến nay' ends at the dateline.",
    "'trong đó phòng tập gym, thể hình chiếm 46,2%' is a share of the 312 (the whole), so a percent figure of its own.",
    "The district list (86+64+59 ≠ 312) is a ranking, no total. 'Trong số đó, 17 cơ sở' → total 128.",
    "'tăng 9 giấy chứng nhận' is the change of 47, not a figure. Lượt xem, 09:45, Quốc lộ 13, Nghị định 46/2019 are distractors.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Bình Dương")
