"""p1433-4: ministry site (Bộ NN&PTNT): national exports of grass, bamboo and rice products replacing plastic."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Xuất khẩu sản phẩm từ cỏ, tre, gạo thay thế nhựa tăng mạnh

22/08/2024 | 10:15 | Cục Chế biến và Phát triển thị trường nông sản

Theo Cục Chế biến và Phát triển thị trường nông sản, kim ngạch xuất khẩu mây, tre, cói và thảm 7 tháng đầu năm 2024 ước đạt 512 triệu USD, tăng 14,6% so với cùng kỳ năm 2023. Trong đó, nhóm sản phẩm thay thế nhựa dùng một lần (ống hút cỏ bàng, ống hút tre, ống hút gạo, bộ đồ ăn từ tre) ước đạt gần 41 triệu USD, chiếm khoảng 8% và gấp 1,7 lần cùng kỳ.

Mỹ tiếp tục là thị trường lớn nhất của nhóm hàng này với 13,2 triệu USD, tiếp đến là Nhật Bản 7,5 triệu USD, Đức 4,1 triệu USD và Hàn Quốc 3,6 triệu USD. Riêng ống hút các loại, 7 tháng qua cả nước xuất khẩu khoảng 310 triệu ống, giá xuất khẩu bình quân từ 0,012 đến 0,035 USD/ống.

Hiện cả nước có khoảng 160 doanh nghiệp, hợp tác xã và cơ sở sản xuất ống hút, bộ đồ ăn thân thiện môi trường, tập trung ở Long An, Đồng Tháp, Kiên Giang, Hà Nội và Thanh Hóa. Việt Nam đứng thứ 2 thế giới về xuất khẩu ống hút cỏ, chỉ sau Thái Lan.

Cục dự báo xuất khẩu nhóm hàng này sang EU sẽ tăng 15-20%/năm trong giai đoạn 2024-2026 nhờ Chỉ thị 2019/904/EU hạn chế đồ nhựa dùng một lần. Mục tiêu đến năm 2030, kim ngạch xuất khẩu nhóm sản phẩm thay thế nhựa đạt 150 triệu USD, trong đó ống hút chiếm ít nhất 30%.

Bài viết liên quan:
- Hội nghị xúc tiến thương mại nông sản lần thứ 3 năm 2024
- Thông tư số 12/2024/TT-BNNPTNT hướng dẫn truy xuất nguồn gốc
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.38468161
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7Q = per("7 tháng qua", "2024-01-01", "2024-07-31")
GD = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("ước đạt 512 triệu", "512", 512e6, "money", "USD", status="estimate",
        change=chg("increase", 14.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu mây, tre, cói và thảm", period=M7),
    fig("gần 41 triệu", "41", 41e6, "money", "USD", approx="nearly", status="estimate", total=512e6, percent=8,
        change=chg("increase", 1.7, "lần", "cùng kỳ"),
        subject="nhóm sản phẩm thay thế nhựa dùng một lần", period=inh(M7)),
    fig("với 13,2 triệu", "13,2", 13.2e6, "money", "USD", subject="xuất khẩu nhóm hàng này sang thị trường Mỹ",
        period=inh(M7)),
    fig("Nhật Bản 7,5 triệu", "7,5", 7.5e6, "money", "USD", subject="xuất khẩu nhóm hàng này sang Nhật Bản",
        period=inh(M7)),
    fig("Đức 4,1 triệu", "4,1", 4.1e6, "money", "USD", subject="xuất khẩu nhóm hàng này sang Đức",
        period=inh(M7)),
    fig("Hàn Quốc 3,6 triệu", "3,6", 3.6e6, "money", "USD", subject="xuất khẩu nhóm hàng này sang Hàn Quốc",
        period=inh(M7)),
    fig("khoảng 310 triệu", "310", 310e6, "count", "ống", approx="about",
        subject="ống hút các loại cả nước xuất khẩu", period=M7Q),
    fig("từ 0,012 đến 0,035", "0,012", 0.012, "money", "USD/ống", value_max=0.035,
        subject="giá xuất khẩu bình quân ống hút", period=M7Q),
    fig("khoảng 160 doanh nghiệp", "160", 160, "count", "doanh nghiệp, hợp tác xã và cơ sở", approx="about",
        subject="doanh nghiệp, hợp tác xã và cơ sở sản xuất ống hút, bộ đồ ăn thân thiện môi trường"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="xuất khẩu ống hút cỏ"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="xuất khẩu nhóm hàng này sang EU", period=GD),
    fig("đạt 150 triệu", "150", 150e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm sản phẩm thay thế nhựa", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="ống hút trong kim ngạch xuất khẩu nhóm sản phẩm thay thế nhựa", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/08/2024 | 10:15 | Cục Chế biến ...' (published), related links, address footer.",
    "Distractors: '10:15', 'nhựa dùng một lần' (twice; a term), 'Chỉ thị 2019/904/EU', 'giai đoạn 2024-2026', 'lần thứ 3 năm 2024',",
    "'Thông tư số 12/2024/TT-BNNPTNT', 'Số 2 Ngọc Hà', phone. National figures: location Việt Nam; markets (Mỹ, Nhật Bản, Đức, Hàn Quốc, EU)",
    "are trade partners, not places. 'Trong đó' after a sentence break: 41 triệu is part of 512 triệu (total), 'chiếm khoảng 8%' its percent,",
    "'gấp 1,7 lần cùng kỳ' its change; it continues the estimate ('ước đạt' own cue). Period 7 tháng stated in the previous sentence: inherited.",
    "The market list shares the indicator; each item's subject names the partner (as 'vốn đăng ký cấp mới của Trung Quốc'); actual status.",
    "'tăng 15-20%/năm' is a growth rate as the claim: percent, range, forecast ('dự báo'), period giai đoạn 2024-2026.",
    "'trong đó ống hút chiếm ít nhất 30%' is a share of another thing: a percent figure of its own, target (under 'Mục tiêu đến năm 2030').",
]

if __name__ == "__main__":
    write("p1433-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
