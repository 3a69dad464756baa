"""p1269-4: ministry site (Bộ NN&PTNT): national high-tech farming, net-house area by province, digital adoption, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Khoa học - Công nghệ

Cả nước có 97 doanh nghiệp nông nghiệp ứng dụng công nghệ cao

22/08/2024 | 14:10 | Vụ Khoa học, Công nghệ và Môi trường

Tính đến tháng 7/2024, cả nước có 97 doanh nghiệp được cấp giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao, 54 vùng nông nghiệp ứng dụng công nghệ cao tại 24 tỉnh, thành phố và 10 khu nông nghiệp ứng dụng công nghệ cao được thành lập theo Quyết định số 1895/QĐ-TTg.

Hiện diện tích nhà màng, nhà lưới cả nước đạt khoảng 11,5 nghìn ha, gấp gần 2 lần năm 2019, tập trung tại Lâm Đồng (5.240 ha), Hà Nội (1.050 ha), Bình Dương (610 ha) và Khánh Hòa (430 ha).

Về chuyển đổi số, khoảng 8% trang trại chăn nuôi quy mô lớn đã dùng hệ thống cảm biến, camera và phần mềm quản lý đàn; trên 1.200 hợp tác xã ứng dụng IoT, truy xuất nguồn gốc điện tử, chiếm khoảng 6,5% tổng số hợp tác xã nông nghiệp. Thực tế cho thấy, sản xuất trong nhà màng có điều khiển tự động giúp năng suất cà chua, dưa lưới tăng 1,5-2 lần, hiệu quả kinh tế cao gấp 3-5 lần so với sản xuất truyền thống.

Năm 2023, kim ngạch xuất khẩu rau quả đạt 5,69 tỷ USD, tăng 71,6% so với năm 2022, nhiều mặt hàng được sản xuất theo quy trình công nghệ cao.

Theo Chương trình phát triển nông nghiệp ứng dụng công nghệ cao, mục tiêu đến năm 2030 giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm trên 30% tổng giá trị sản xuất nông nghiệp; số doanh nghiệp nông nghiệp ứng dụng công nghệ cao đạt 200 doanh nghiệp, tăng hơn 100 doanh nghiệp so với hiện nay.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = per("Tính đến tháng 7/2024", None, "2024-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NH = "diện tích nhà màng, nhà lưới"

FIGS = [
    fig("Cả nước có 97", "97", 97, "count", "doanh nghiệp", subject="doanh nghiệp nông nghiệp ứng dụng công nghệ cao"),
    fig("cả nước có 97", "97", 97, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao", period=ASOF),
    fig("54 vùng", "54", 54, "count", "vùng", subject="vùng nông nghiệp ứng dụng công nghệ cao", period=ASOF),
    fig("tại 24 tỉnh", "24", 24, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có vùng nông nghiệp ứng dụng công nghệ cao", period=ASOF),
    fig("và 10 khu", "10", 10, "count", "khu", subject="khu nông nghiệp ứng dụng công nghệ cao được thành lập",
        period=ASOF),
    fig("khoảng 11,5 nghìn ha", "11,5", 11500, "measure", "ha", approx="about",
        change=chg("increase", 2, "lần", "năm 2019", approx="nearly"), subject="diện tích nhà màng, nhà lưới cả nước"),
    fig("Lâm Đồng (5.240 ha)", "5.240", 5240, "measure", "ha", subject=NH, location="Lâm Đồng"),
    fig("Hà Nội (1.050 ha)", "1.050", 1050, "measure", "ha", subject=NH, location="Hà Nội"),
    fig("Bình Dương (610 ha)", "610", 610, "measure", "ha", subject=NH, location="Bình Dương"),
    fig("Khánh Hòa (430 ha)", "430", 430, "measure", "ha", subject=NH, location="Khánh Hòa"),
    fig("khoảng 8%", "8", 8, "percent", "%", approx="about",
        subject="trang trại chăn nuôi quy mô lớn đã dùng hệ thống cảm biến, camera và phần mềm quản lý đàn"),
    fig("trên 1.200 hợp tác xã", "1.200", 1200, "count", "hợp tác xã", approx="over", percent=6.5,
        subject="hợp tác xã ứng dụng IoT, truy xuất nguồn gốc điện tử"),
    fig("tăng 1,5-2 lần", "1,5", 1.5, "multiple", "lần", value_max=2, subject="năng suất cà chua, dưa lưới"),
    fig("gấp 3-5 lần", "3", 3, "multiple", "lần", value_max=5,
        subject="hiệu quả kinh tế sản xuất trong nhà màng có điều khiển tự động"),
    fig("đạt 5,69 tỷ", "5,69", 5.69e9, "money", "USD", change=chg("increase", 71.6, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu rau quả", period=Y23),
    fig("trên 30%", "30", 30, "percent", "%", approx="over", status="target",
        subject="giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao trong tổng giá trị sản xuất nông nghiệp", period=T30),
    fig("đạt 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", status="target",
        change=chg("increase", 100, "doanh nghiệp", "hiện nay", approx="over"),
        subject="số doanh nghiệp nông nghiệp ứng dụng công nghệ cao", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/08/2024 | 14:10 | Vụ Khoa học, Công nghệ và Môi trường', address footer.",
    "Distractors: '14:10', 'Quyết định số 1895/QĐ-TTg', 'Số 2 Ngọc Hà', phone '024.3846.8161', baseline years 'năm 2019', 'năm 2022'.",
    "National figures: location Việt Nam (the count of provinces too). The bracketed province list shares the indicator;",
    "each item's province is its location. The list does not add up to 11,5 nghìn and 'tập trung tại' is no part cue: no total.",
    "'gấp gần 2 lần năm 2019' after the area → change (increase, 2 lần, nearly). 'tăng 1,5-2 lần', 'cao gấp 3-5 lần' stand alone → multiple.",
    "'chiếm khoảng 6,5%' after 1.200 HTX → percent attribute. 'Hiện' figures and the headline count have no period.",
    "'mục tiêu đến năm 2030' governs the ';'-chain → target; 'tăng hơn 100 doanh nghiệp so với hiện nay' → change of 200.",
]

if __name__ == "__main__":
    write("p1269-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
