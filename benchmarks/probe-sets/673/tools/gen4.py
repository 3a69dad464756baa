import sys
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt
Ngày đăng: 26/09/2023 10:15

Cả nước có 11.830 ha sản xuất trong nhà màng, nhà lưới, nhà kính

Thông tin được Cục Trồng trọt đưa ra tại Diễn đàn nông nghiệp công nghệ cao lần thứ 3 tổ chức ngày 22/9. Theo đó, tính đến tháng 8/2023, cả nước có 11.830 ha sản xuất trong nhà màng, nhà lưới, nhà kính, tăng 1,4 lần so với năm 2019. Trong đó, diện tích có hệ thống tưới nhỏ giọt tự động khoảng 4.260 ha; diện tích trồng thủy canh, khí canh đạt 312 ha. Lâm Đồng chiếm 52,3% tổng diện tích, tiếp đến là Hà Nội 8,7% và TP. Hồ Chí Minh 6,1%.

Diện tích cây trồng áp dụng tưới tiết kiệm nước đạt hơn 680.000 ha, trong đó cây công nghiệp dài ngày chiếm khoảng 70%.

Đến nay, Thủ tướng Chính phủ đã quyết định thành lập 9 khu nông nghiệp ứng dụng công nghệ cao; các địa phương quy hoạch thêm 47 khu, vùng. Bộ Khoa học và Công nghệ và các địa phương đã cấp giấy chứng nhận cho 178 doanh nghiệp nông nghiệp ứng dụng công nghệ cao, tăng 96 doanh nghiệp so với năm 2018.

Về tín dụng, đến 30/6/2023, dư nợ cho vay nông nghiệp ứng dụng công nghệ cao theo Nghị định số 55/2015/NĐ-CP và Nghị định số 116/2018/NĐ-CP đạt 52.614 tỷ đồng, chiếm 1,8% tổng dư nợ cho vay nông nghiệp, nông thôn, với 15.320 khách hàng còn dư nợ.

Thực hiện Quyết định số 1895/QĐ-TTg, mục tiêu đến năm 2030, diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt khoảng 1,5 triệu ha; giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm trên 30% tổng giá trị sản xuất nông nghiệp; mỗi năm có thêm từ 80 đến 100 doanh nghiệp được công nhận.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: số 2 Ngọc Hà, Ba Đình. Điện thoại: 024.3846.8161
Đang truy cập: 1.204
"""

AUG = per("tính đến tháng 8/2023", None, "2023-08-31")
NOW = per("Đến nay", None, "2023-09-26")
JUN = per("đến 30/6/2023", None, "2023-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
S_GH = "diện tích sản xuất trong nhà màng, nhà lưới, nhà kính"
S_SHARE = "tỷ trọng trong tổng diện tích sản xuất trong nhà màng, nhà lưới, nhà kính"

F = [
    fig("Cả nước có 11.830 ha", "11.830", 11830, "measure", "ha", S_GH, inh(AUG)),
    fig("cả nước có 11.830 ha", "11.830", 11830, "measure", "ha", S_GH, AUG,
        change=chg("increase", 1.4, "lần", "năm 2019")),
    fig("khoảng 4.260 ha", "4.260", 4260, "measure", "ha", "diện tích có hệ thống tưới nhỏ giọt tự động", inh(AUG),
        approx="about", total=11830),
    fig("đạt 312 ha", "312", 312, "measure", "ha", "diện tích trồng thủy canh, khí canh", inh(AUG), total=11830),
    fig("chiếm 52,3%", "52,3", 52.3, "percent", "%", S_SHARE, inh(AUG), location="Lâm Đồng"),
    fig("Hà Nội 8,7%", "8,7", 8.7, "percent", "%", S_SHARE, inh(AUG), location="Hà Nội"),
    fig("Minh 6,1%", "6,1", 6.1, "percent", "%", S_SHARE, inh(AUG), location="TP. Hồ Chí Minh"),
    fig("hơn 680.000 ha", "680.000", 680000, "measure", "ha", "diện tích cây trồng áp dụng tưới tiết kiệm nước",
        approx="over"),
    fig("khoảng 70%", "70", 70, "percent", "%",
        "tỷ trọng cây công nghiệp dài ngày trong diện tích tưới tiết kiệm nước", approx="about"),
    fig("thành lập 9 khu", "9", 9, "count", "khu", "khu nông nghiệp ứng dụng công nghệ cao được thành lập", NOW),
    fig("47 khu, vùng", "47", 47, "count", "khu, vùng", "khu, vùng nông nghiệp ứng dụng công nghệ cao địa phương quy hoạch thêm", NOW),
    fig("cho 178 doanh nghiệp", "178", 178, "count", "doanh nghiệp",
        "doanh nghiệp nông nghiệp ứng dụng công nghệ cao được cấp giấy chứng nhận",
        change=chg("increase", 96, "doanh nghiệp", "năm 2018")),
    fig("đạt 52.614 tỷ", "52.614", 52614000000000, "money", "đồng",
        "dư nợ cho vay nông nghiệp ứng dụng công nghệ cao", JUN, percent=1.8),
    fig("15.320 khách hàng", "15.320", 15320, "count", "khách hàng", "khách hàng còn dư nợ", JUN),
    fig("khoảng 1,5 triệu ha", "1,5", 1500000, "measure", "ha", "diện tích sản xuất nông nghiệp ứng dụng công nghệ cao",
        T30, approx="about", status="target"),
    fig("trên 30%", "30", 30, "percent", "%",
        "tỷ trọng giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao trong tổng giá trị sản xuất nông nghiệp", T30,
        approx="over", status="target"),
    fig("từ 80 đến 100 doanh nghiệp", "80", 80, "count", "doanh nghiệp", "doanh nghiệp được công nhận thêm mỗi năm", T30,
        value_max=100, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: national greenhouse area (tính đến tháng 8/2023), irrigation, high-tech zones, certified enterprises,",
    "credit under Nghị định 55/2015 and 116/2018, 2030 targets (invented, probe set 673). National figures: location Việt Nam.",
    "Not figures: 'Ngày đăng: 26/09/2023 10:15', 'lần thứ 3' (edition), 'ngày 22/9', decree/decision numbers, 'số 2 Ngọc Hà',",
    "'024.3846.8161', 'Đang truy cập: 1.204'. The two 'Trong đó' parts (4.260, 312 ha) take the 11.830 ha whole (clause continues over ';').",
    "Province shares: provinces go to location. 'trong đó cây công nghiệp dài ngày chiếm khoảng 70%' is the share of a part, not of",
    "680.000 ha: a percent figure of its own. 'tăng 1,4 lần so với năm 2019' is the change of 11.830 ha (unit lần).",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-4", TEXT, COMMENTS, F, published="2023-09-26", location="Việt Nam") else 1)
