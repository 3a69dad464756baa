"""p1213-5: Party newspaper (Báo Hòa Bình), plywood chain: a company in KCN Lương Sơn, a co-op in Cao Phong."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÒA BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÒA BÌNH
Kinh tế

Liên kết chuỗi, nâng giá trị gỗ rừng trồng

Những năm gần đây, nghề bóc ván, ép gỗ dán từ gỗ rừng trồng phát triển mạnh ở các huyện Lương Sơn, Kim Bôi, Cao Phong. Toàn tỉnh hiện có 586 cơ sở chế biến gỗ. 8 tháng đầu năm, tổng sản lượng ván bóc, gỗ dán đạt khoảng 127.500 m3, tăng 9% so với cùng kỳ; trong đó ván bóc 96.000 m3, gỗ dán 31.500 m3.

Tại Khu công nghiệp Lương Sơn, Công ty CP Lâm sản Thành Hưng đầu tư 2 dây chuyền ép gỗ dán phủ phim với công suất 30.000 m3/năm. Năm 2023, doanh thu của công ty đạt 185 tỷ đồng, gấp 1,6 lần năm 2021; khoảng 70% sản phẩm xuất sang Hàn Quốc, Nhật Bản. Công ty hiện có 260 công nhân, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Ở huyện Cao Phong, Hợp tác xã Lâm nghiệp Tân Phong liên kết với 312 hộ thành viên trồng 1.450 ha rừng keo đạt chứng chỉ FSC. Nhờ có chứng chỉ, giá gỗ bán cho nhà máy cao hơn từ 10 đến 15% so với gỗ thường; sau chu kỳ 6 năm, mỗi hộ thu bình quân 60-80 triệu đồng/ha.

"Trước đây bà con bán gỗ non 3-4 năm tuổi, nay HTX vận động để rừng đủ tuổi mới khai thác, cây to bán được giá", ông Bùi Văn Thanh, Giám đốc HTX cho biết.

Tỉnh phấn đấu đến năm 2025 nâng diện tích rừng trồng có chứng chỉ FSC lên 5.000 ha, thu hút thêm 3 đến 5 doanh nghiệp chế biến gỗ dán quy mô lớn.

MINH HẠNH
18/09/2024
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LS, CP = "Lương Sơn", "Cao Phong"
CO = "Công ty CP Lâm sản Thành Hưng"

FIGS = [
    fig("có 586 cơ sở", "586", 586, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("khoảng 127.500 m3", "127.500", 127500, "measure", "m3", approx="about",
        change=chg("increase", 9, "%", "cùng kỳ"), subject="tổng sản lượng ván bóc, gỗ dán", period=M8),
    fig("ván bóc 96.000 m3", "96.000", 96000, "measure", "m3", total=127500, subject="sản lượng ván bóc", period=M8),
    fig("gỗ dán 31.500 m3", "31.500", 31500, "measure", "m3", total=127500, subject="sản lượng gỗ dán", period=M8),
    fig("đầu tư 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject=f"dây chuyền ép gỗ dán phủ phim của {CO}", location=LS),
    fig("công suất 30.000 m3/năm", "30.000", 30000, "measure", "m3/năm",
        subject="công suất dây chuyền ép gỗ dán phủ phim", location=LS),
    fig("đạt 185 tỷ đồng", "185", 185e9, "money", "đồng", change=chg("increase", 1.6, "lần", "năm 2021"),
        subject="doanh thu của công ty", period=Y23, location=LS),
    fig("khoảng 70% sản phẩm", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ sản phẩm xuất sang Hàn Quốc, Nhật Bản", period=Y23, location=LS),
    fig("có 260 công nhân", "260", 260, "count", "công nhân", subject="công nhân của công ty", location=LS),
    fig("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân công ty", location=LS),
    fig("với 312 hộ", "312", 312, "count", "hộ", subject="hộ thành viên liên kết với Hợp tác xã Lâm nghiệp Tân Phong",
        location=CP),
    fig("trồng 1.450 ha", "1.450", 1450, "measure", "ha", subject="diện tích rừng keo đạt chứng chỉ FSC",
        location=CP),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
        subject="giá gỗ bán cho nhà máy cao hơn so với gỗ thường", location=CP),
    fig("chu kỳ 6 năm", "6", 6, "measure", "năm", subject="chu kỳ rừng keo", location=CP, optional=True),
    fig("bình quân 60-80 triệu", "60", 60e6, "money", "đồng/ha", value_max=80e6,
        subject="thu bình quân mỗi hộ", location=CP),
    fig("non 3-4 năm tuổi", "3", 3, "measure", "năm tuổi", value_max=4, subject="tuổi gỗ non bán trước đây",
        location=CP, optional=True),
    fig("lên 5.000 ha", "5.000", 5000, "measure", "ha", status="target",
        subject="diện tích rừng trồng có chứng chỉ FSC", period=T25),
    fig("thêm 3 đến 5 doanh nghiệp", "3", 3, "count", "doanh nghiệp", value_max=5, status="target",
        subject="doanh nghiệp chế biến gỗ dán quy mô lớn thu hút thêm", period=T25),
]

NOTES = [
    "revised after the first run: 260 công nhân subject = 'công nhân của công ty' (the sentence says 'Công ty'), not the company name.",
    "Party newspaper (Báo Hòa Bình): masthead, byline 'MINH HẠNH' and bare date '18/09/2024' at the end (published).",
    "Year-less '8 tháng đầu năm' stands before any dated phrase: its year comes from published (2024), not from the later 'Năm 2023'.",
    "Parts after '; trong đó' take 127.500 m3 (96.000 + 31.500). 'gấp 1,6 lần năm 2021' after 185 tỷ đồng is its change.",
    "Company in 'Khu công nghiệp Lương Sơn' -> location Lương Sơn; co-op passage in huyện Cao Phong -> Cao Phong.",
    "'cao hơn từ 10 đến 15% so với gỗ thường' is a rate standing as the claim (percent figure, range). Tree ages and the",
    "rotation length ('3-4 năm tuổi', 'chu kỳ 6 năm') are optional.",
]

if __name__ == "__main__":
    write("p1213-5", TEXT, NOTES, FIGS, published="2024-09-18", location="Hòa Bình")
