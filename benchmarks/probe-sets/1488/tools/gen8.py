"""p1488-8: radio/TV site (Đài PT-TH Thái Bình): a stationery cooperative in huyện Đông Hưng, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÁI BÌNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI BÌNH
Thời sự | Kinh tế | Truyền hình | Phát thanh | Podcast

HTX Văn phòng phẩm Hoa Phượng Đỏ: doanh thu 6 tháng tăng 18%

Cập nhật lúc 18:05 ngày 23/07/2024
Nghe đọc bài | Xem video bản tin Thời sự 19h00

Hợp tác xã Văn phòng phẩm Hoa Phượng Đỏ ở xã Đông La, huyện Đông Hưng hiện có 46 thành viên và 85 lao động thường xuyên, sản xuất ba nhóm sản phẩm chính gồm phấn không bụi, bút chì gỗ và bút sáp màu.

6 tháng đầu năm, hợp tác xã sản xuất được khoảng 1,8 triệu hộp phấn và hơn 2,4 triệu cây bút chì, doanh thu đạt 6,3 tỷ đồng, tăng 18% so với cùng kỳ năm ngoái. Phấn không bụi có giá bán từ 8.000-12.000 đồng/hộp; thu nhập của người lao động 6-7 triệu đồng/tháng. Sản phẩm bút chì gỗ của hợp tác xã đạt chứng nhận OCOP 3 sao năm 2023.

Trong quý I năm nay, hợp tác xã đầu tư hai máy vót chì tự động với tổng kinh phí gần 900 triệu đồng, trong đó tỉnh hỗ trợ 40%. Năng suất mỗi máy đạt 1.500 cây/giờ, gấp 5 lần làm thủ công.

Năm nay, hợp tác xã phấn đấu doanh thu đạt 14 tỷ đồng và tuyển thêm ba chục lao động. Toàn tỉnh hiện có 14 cơ sở sản xuất đồ dùng học tập, chủ yếu quy mô nhỏ, mỗi năm cung ứng cho thị trường khoảng 25 triệu sản phẩm.

Phóng viên: Minh Tuấn - Hải Yến

Từ khóa: văn phòng phẩm, hợp tác xã, Đông Hưng
Tin liên quan:
- Thái Bình công nhận thêm sản phẩm OCOP 4 sao
"""

P = "2024-07-23"
H6 = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
Q1 = per("quý I năm nay", "2024-01-01", "2024-03-31")
DH = "Đông Hưng"
TB = "Thái Bình"

FIGS = [
    fig("6 tháng tăng 18%", "18", 18, "percent", "%", subject="doanh thu", period=H6),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("và 85 lao động", "85", 85, "count", "lao động", subject="lao động thường xuyên"),
    fig("xuất ba nhóm", "ba", 3, "count", "nhóm sản phẩm", subject="nhóm sản phẩm chính"),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "hộp", approx="about", subject="phấn hợp tác xã sản xuất",
        period=M6),
    fig("hơn 2,4 triệu cây", "2,4", 2.4e6, "count", "cây", approx="over", subject="bút chì hợp tác xã sản xuất",
        period=M6),
    fig("đạt 6,3 tỷ", "6,3", 6.3e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ năm ngoái"),
        subject="doanh thu", period=M6),
    fig("từ 8.000-12.000", "8.000", 8000, "money", "đồng/hộp", value_max=12000, subject="giá bán phấn không bụi"),
    fig("động 6-7 triệu", "6", 6e6, "money", "đồng/tháng", value_max=7e6, subject="thu nhập của người lao động"),
    fig("hai máy", "hai", 2, "count", "máy", subject="máy vót chì tự động hợp tác xã đầu tư",
        period=Q1),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly", subject="tổng kinh phí",
        period=Q1),
    fig("hỗ trợ 40%", "40", 40, "percent", "%", subject="tỉnh hỗ trợ", period=Q1),
    fig("đạt 1.500 cây/giờ", "1.500", 1500, "measure", "cây/giờ", change=chg("increase", 5, "lần", "làm thủ công"),
        subject="năng suất mỗi máy"),
    fig("đạt 14 tỷ", "14", 14e9, "money", "đồng", status="target", subject="doanh thu", period=NN),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", status="target", subject="lao động tuyển thêm",
        period=NN),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất đồ dùng học tập", location=TB),
    fig("khoảng 25 triệu", "25", 25e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm cung ứng cho thị trường mỗi năm", location=TB),
]

NOTES = [
    "Radio/TV site (Thái Bình TV): channel banner, menu, 'Cập nhật lúc 18:05 ngày 23/07/2024', audio/video links, reporters, tags, related links.",
    "Cooperative in xã Đông La, huyện Đông Hưng: its figures are located in Đông Hưng; the province count and output -> Thái Bình.",
    "Year-less '6 tháng đầu năm' (and the headline '6 tháng') take 2024 from the dateline. 'khoảng 1,8 triệu hộp ... và hơn 2,4 triệu cây'",
    "-> about and over. Headline growth '6 tháng tăng 18%' -> percent, no change.",
    "Ranges '8.000-12.000 đồng/hộp', '6-7 triệu đồng/tháng' (multiplier on both ends). 'trong đó tỉnh hỗ trợ 40%' -> a percent figure of its own.",
    "'Trong quý I năm nay' -> 2024-01-01..2024-03-31 for the machines, cost and share; 'gấp 5 lần làm thủ công' -> change 5 lần on 1.500 cây/giờ.",
    "'Năm nay ... phấn đấu ... và tuyển thêm ba chục lao động' -> target, 'ba chục' = 30.",
    "'mỗi năm cung ứng ... khoảng 25 triệu sản phẩm' -> rate (sản phẩm/năm), measure.",
    "Distractors: 'OCOP 3 sao năm 2023', '19h00', '18:05', 'OCOP 4 sao' in a related link title.",
]

if __name__ == "__main__":
    write("p1488-8", TEXT, NOTES, FIGS, published=P, location=DH)
