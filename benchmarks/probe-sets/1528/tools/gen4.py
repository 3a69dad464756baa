"""p1528-4: ministry site (Bộ Tài nguyên và Môi trường): national survey of honeycomb coal use and emissions."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Cả nước còn khoảng 1,2 triệu hộ dùng bếp than tổ ong

12/12/2024 | 15:20 | Cục Kiểm soát ô nhiễm môi trường

Theo kết quả điều tra vừa được Bộ Tài nguyên và Môi trường công bố, cả nước hiện có khoảng 1,2 triệu hộ gia đình và cơ sở kinh doanh sử dụng bếp than tổ ong, chiếm khoảng 4,5% tổng số hộ, giảm khoảng 35% so với năm 2019. Lượng than tổ ong tiêu thụ mỗi năm ước tính trên 2,3 triệu tấn, trong đó khu vực đô thị chiếm gần 40%.

Mỗi viên than tổ ong khi cháy phát thải khoảng 2,5 gam khí CO. Một bếp đun liên tục trong phòng kín có thể làm nồng độ CO cao gấp 5-7 lần quy chuẩn cho phép.

Nghiên cứu của Viện Khoa học Môi trường cho thấy bếp than tổ ong đóng góp 8-10% lượng bụi PM2.5 tại Hà Nội vào mùa đông, đứng thứ ba sau giao thông và đốt phụ phẩm nông nghiệp.

Theo Kế hoạch hành động quốc gia về quản lý chất lượng không khí giai đoạn 2021-2025 ban hành kèm Quyết định số 1973/QĐ-TTg, đến năm 2025, 100% đô thị loại đặc biệt và loại I chấm dứt sử dụng bếp than tổ ong. Hiện đã có 11/63 tỉnh, thành phố ban hành lộ trình loại bỏ bếp than tổ ong, trong đó có Hà Nội, Hải Phòng, Bắc Ninh.

Bộ khuyến nghị các địa phương hỗ trợ người dân chuyển sang bếp gas, bếp điện với chi phí đầu tư ban đầu từ 1,5 đến 3 triệu đồng/hộ.

Tin cùng chuyên mục:
- Hướng dẫn kỹ thuật quan trắc bụi PM10, PM2.5
- Hội nghị tổng kết công tác bảo vệ môi trường năm 2024

Địa chỉ: Số 10 Tôn Thất Thuyết, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3795.6868
"""

TO25 = per("đến năm 2025", None, "2025-12-31")
HN = "Hà Nội"

FIGS = [
    fig("1,2 triệu hộ dùng", "1,2", 1.2e6, "count", "hộ", approx="about",
        subject="hộ dùng bếp than tổ ong"),
    fig("1,2 triệu hộ gia đình", "1,2", 1.2e6, "count", "hộ", approx="about", percent=4.5,
        change=chg("decrease", 35, "%", "năm 2019", approx="about"),
        subject="hộ gia đình và cơ sở kinh doanh sử dụng bếp than tổ ong"),
    fig("trên 2,3 triệu", "2,3", 2.3e6, "measure", "tấn/năm", approx="over", status="estimate",
        subject="lượng than tổ ong tiêu thụ mỗi năm"),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ trọng của khu vực đô thị trong lượng than tổ ong tiêu thụ"),
    fig("khoảng 2,5 gam", "2,5", 2.5, "measure", "gam/viên", approx="about",
        subject="khí CO mỗi viên than tổ ong phát thải khi cháy"),
    fig("gấp 5-7 lần", "5", 5, "multiple", "lần", value_max=7,
        subject="nồng độ CO trong phòng kín so với quy chuẩn cho phép"),
    fig("đóng góp 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="tỷ lệ đóng góp của bếp than tổ ong vào lượng bụi PM2.5", location=HN),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng",
        subject="bếp than tổ ong trong các nguồn gây bụi PM2.5", location=HN),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="đô thị loại đặc biệt và loại I chấm dứt sử dụng bếp than tổ ong", period=TO25),
    fig("có 11/63", "11", 11, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố ban hành lộ trình loại bỏ bếp than tổ ong"),
    fig("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/hộ", value_max=3e6,
        subject="chi phí đầu tư ban đầu chuyển sang bếp gas, bếp điện"),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '12/12/2024 | 15:20 | Cục Kiểm soát ô nhiễm môi trường', related links, address footer.",
    "Distractors: 15:20, CO, PM2.5, PM10, 'giai đoạn 2021-2025', 'Quyết định số 1973/QĐ-TTg', 'loại I', 'năm 2024' in a link, 'Số 10', phone.",
    "National figures: location Việt Nam (default). The PM2.5 share and the rank are about Hà Nội ('tại Hà Nội').",
    "Headline '1,2 triệu hộ' is its own figure. Body 1,2 triệu: 'chiếm khoảng 4,5% tổng số hộ' → percent attribute; 'giảm khoảng 35% so với năm 2019' → change.",
    "'Mỗi năm … trên 2,3 triệu tấn' is a yearly amount (tấn/năm), 'ước tính' → estimate; 'trong đó khu vực đô thị chiếm gần 40%' is a percent",
    "figure of its own, continuing the estimate clause. 'Mỗi viên … 2,5 gam' a rate (gam/viên).",
    "'cao gấp 5-7 lần quy chuẩn' stands alone as the claim (no base amount): kind multiple, range. 'đứng thứ ba' → rank 3.",
    "'đến năm 2025, 100% đô thị …' → target, period end 2025-12-31 (start null). '11/63 tỉnh, thành phố' → total 63; the list of provinces",
    "after it does not make it provincial. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1528-4", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
