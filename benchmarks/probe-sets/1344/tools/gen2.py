"""p1344-2: district portal (huyện Mường Khương, Lào Cai): biogas (khí sinh học) replacing firewood."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Cổng thông tin điện tử huyện Mường Khương
Trang chủ | Tin tức | Kinh tế | Thông báo

Mường Khương: Khí sinh học thay củi đun trong nhiều hộ chăn nuôi
Ngày đăng: 22/05/2024 - 08:15

Năm 2023, toàn huyện xây dựng mới 146 công trình khí sinh học, vượt 21,7% kế hoạch, nâng tổng số hộ dùng khí sinh học để đun nấu lên 1.025 hộ. Trong số 146 công trình, có 98 hầm composite và 48 hầm xây bằng gạch. Xã Bản Lầu dẫn đầu với 37 công trình, tiếp đến là xã Lùng Vai (29 công trình) và xã Thanh Bình (18 công trình).

Tổng kinh phí xây dựng khoảng 1,6 tỷ đồng, trong đó người dân đóng góp gần 1 tỷ đồng, số còn lại từ Dự án hỗ trợ phát triển sản xuất và vốn vay Ngân hàng Chính sách xã hội. Mỗi hầm có thể tích từ 7 đến 12 m3, đủ cung cấp khí đốt cho gia đình 4-6 người.

Anh Thào Seo Lử, thôn Sả Hồ, xã Lùng Vai cho biết: "Nhà tôi nuôi 15 con lợn, từ khi có hầm khí sinh học không phải đi lấy củi nữa, mỗi tháng tiết kiệm khoảng 250.000 đồng tiền chất đốt".

Từ đầu năm 2024 đến nay, huyện đã khởi công thêm 52 công trình; dự kiến cả năm xây mới khoảng 150 công trình. Phòng Nông nghiệp và PTNT huyện đã mở 2 lớp tập huấn cho 85 học viên là thợ xây và hộ chăn nuôi về vận hành, bảo dưỡng hầm.

Thông tin liên hệ: Phòng Nông nghiệp và PTNT huyện Mường Khương, Tổ dân phố số 4, thị trấn Mường Khương. Điện thoại: 0214.3881.205.
Bản quyền thuộc UBND huyện Mường Khương.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-22")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NEW = "công trình khí sinh học xây dựng mới"

FIGS = [
    fig("mới 146 công trình", "146", 146, "count", "công trình",
        change=chg("increase", 21.7, "%", "kế hoạch"), subject=NEW, period=Y23),
    fig("lên 1.025 hộ", "1.025", 1025, "count", "hộ",
        subject="tổng số hộ dùng khí sinh học để đun nấu", period=Y23),
    fig("có 98 hầm", "98", 98, "count", "hầm", total=146, subject="hầm composite", period=inh(Y23)),
    fig("và 48 hầm", "48", 48, "count", "hầm", total=146, subject="hầm xây bằng gạch", period=inh(Y23)),
    fig("với 37 công trình", "37", 37, "count", "công trình", subject=NEW, period=inh(Y23)),
    fig("(29 công trình)", "29", 29, "count", "công trình", subject=NEW, period=inh(Y23)),
    fig("(18 công trình)", "18", 18, "count", "công trình", subject=NEW, period=inh(Y23)),
    fig("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="about",
        subject="tổng kinh phí xây dựng", period=inh(Y23)),
    fig("gần 1 tỷ", "1", 1e9, "money", "đồng", approx="nearly", total=1.6e9,
        subject="kinh phí người dân đóng góp", period=inh(Y23)),
    fig("từ 7 đến 12 m3", "7", 7, "measure", "m3", value_max=12, subject="thể tích mỗi hầm"),
    fig("gia đình 4-6 người", "4", 4, "count", "người", value_max=6,
        subject="người trong gia đình được cung cấp khí đốt", optional=True),
    fig("nuôi 15 con", "15", 15, "count", "con lợn", subject="lợn nhà anh Thào Seo Lử nuôi"),
    fig("khoảng 250.000 đồng", "250.000", 250000, "money", "đồng/tháng", approx="about",
        subject="tiền chất đốt tiết kiệm mỗi tháng"),
    fig("thêm 52 công trình", "52", 52, "count", "công trình",
        subject="công trình khí sinh học khởi công thêm", period=YTD),
    fig("khoảng 150 công trình", "150", 150, "count", "công trình", approx="about", status="forecast",
        subject="công trình xây mới cả năm", period=YEAR),
    fig("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp tập huấn", period=inh(YTD)),
    fig("cho 85 học viên", "85", 85, "count", "học viên", subject="học viên tập huấn", period=inh(YTD)),
]

NOTES = [
    "District portal (huyện Mường Khương, Lào Cai): biogas works in 2023 and 2024 so far; 'Ngày đăng: 22/05/2024 - 08:15'.",
    "Distractors: 08:15, 'Tổ dân phố số 4', phone 0214.3881.205, 'Năm 2023' as period, 'Từ đầu năm 2024 đến nay'.",
    "'vượt 21,7% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch' (FIGURES.md, Result against plan).",
    "'Trong số 146 công trình, có 98 ... và 48 ...' → total 146. The commune ranking (Bản Lầu 37, Lùng Vai 29, Thanh Bình 18) has no",
    "part-of cue: no total. Communes are below the spec's province/city/district, so they stay in the district (Mường Khương).",
    "'trong đó người dân đóng góp gần 1 tỷ đồng' follows 'khoảng 1,6 tỷ đồng' → total 1,6 tỷ.",
    "'đủ cung cấp khí đốt cho gia đình 4-6 người' is a size descriptor of a household (optional).",
    "'Từ đầu năm 2024 đến nay' ends at the dateline (2024-05-22); 'dự kiến cả năm' → forecast, year 2024.",
    "'mỗi tháng tiết kiệm khoảng 250.000 đồng' is a rate: unit đồng/tháng.",
]

if __name__ == "__main__":
    write("p1344-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Mường Khương")
