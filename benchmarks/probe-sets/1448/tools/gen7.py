"""p1448-7: department site without dateline (Sở LĐ-TB&XH Nghệ An): vocational training in eyelash making; Diễn Châu workshops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Giới thiệu | Tin tức | Giáo dục nghề nghiệp | Việc làm | Văn bản | Liên hệ

Đào tạo nghề làm mi giả cho lao động nông thôn: hiệu quả rõ rệt

Thực hiện Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ, giai đoạn 2021-2023, toàn tỉnh đã mở 126 lớp đào tạo nghề làm mi giả cho 3.870 lao động nông thôn, trong đó 3.512 học viên là nữ. Sau đào tạo, có 3.290 người có việc làm, đạt tỷ lệ 85%. Các lớp tập trung ở các huyện Quỳnh Lưu, Diễn Châu, Yên Thành và thị xã Hoàng Mai.

Kinh phí hỗ trợ từ ngân sách nhà nước là 4,6 tỷ đồng, mức hỗ trợ tối đa 1,5 triệu đồng/học viên/khóa. Hiện Nghệ An đứng thứ ba cả nước về số lao động làm nghề mi giả, sau Hà Nam và Thanh Hóa.

Tại huyện Diễn Châu, 23 xưởng mi giả đang thu hút khoảng 1.900 lao động. Thu nhập bình quân của người lao động đạt 5-7 triệu đồng/tháng; thợ lành nghề có thể đạt trên 9 triệu đồng/tháng. Nhiều xưởng cho phép chị em nhận hàng về nhà làm, vừa có thu nhập vừa chăm sóc con nhỏ.

Năm 2024, Sở dự kiến phối hợp với các huyện tổ chức ít nhất 40 lớp cho khoảng 1.200 lao động; phấn đấu tỷ lệ có việc làm sau học nghề không dưới 80%.

Văn bản mới:
- Thông báo tuyển sinh lớp sơ cấp nghề khóa 3
- Kế hoạch số 45/KH-SLĐTBXH về giáo dục nghề nghiệp

Bản quyền thuộc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An
Địa chỉ: Số 121 đường Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.270
Lượt truy cập: 1.204.556 | Đang trực tuyến: 19
"""

GD = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DC = "Diễn Châu"

FIGS = [
    fig("mở 126 lớp", "126", 126, "count", "lớp", subject="lớp đào tạo nghề làm mi giả", period=GD),
    fig("cho 3.870 lao động", "3.870", 3870, "count", "lao động",
        subject="lao động nông thôn được đào tạo nghề làm mi giả", period=GD),
    fig("trong đó 3.512 học viên", "3.512", 3512, "count", "học viên", total=3870,
        subject="học viên nữ", period=GD),
    fig("có 3.290 người", "3.290", 3290, "count", "người", percent=85,
        subject="người có việc làm sau đào tạo", period=inh(GD)),
    fig("là 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", subject="kinh phí hỗ trợ từ ngân sách nhà nước"),
    fig("tối đa 1,5 triệu", "1,5", 1.5e6, "money", "đồng/học viên/khóa", approx="at_most",
        subject="mức hỗ trợ"),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="số lao động làm nghề mi giả"),
    fig("23 xưởng", "23", 23, "count", "xưởng", subject="xưởng mi giả", location=DC),
    fig("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
        subject="lao động các xưởng mi giả thu hút", location=DC),
    fig("đạt 5-7 triệu", "5", 5e6, "money", "đồng/tháng", value_max=7e6,
        subject="thu nhập bình quân của người lao động", location=DC),
    fig("trên 9 triệu", "9", 9e6, "money", "đồng/tháng", approx="over",
        subject="thu nhập thợ lành nghề", location=DC),
    fig("ít nhất 40 lớp", "40", 40, "count", "lớp", approx="at_least", status="forecast",
        subject="lớp đào tạo nghề làm mi giả", period=Y24),
    fig("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about", status="forecast",
        subject="lao động được đào tạo", period=Y24),
    fig("không dưới 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ có việc làm sau học nghề", period=Y24),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Nghệ An), no dateline: menu, 'Văn bản mới', copyright, address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published = none.",
    "Distractors: 'Quyết định số 1956/QĐ-TTg', 'khóa 3', 'Kế hoạch số 45/KH-SLĐTBXH', 'Số 121 đường Lê Hồng Phong', phone, 'Lượt truy cập: 1.204.556', 'Đang trực tuyến: 19'.",
    "'giai đoạn 2021-2023' -> 2021-01-01..2023-12-31 for the first sentence; '3.290 người ..., đạt tỷ lệ 85%' (3290/3870) -> percent attribute; period inherited.",
    "'đứng thứ ba cả nước' = rank 3 of the province (location Nghệ An, as the shared gold's ranks). 'tối đa' -> at_most.",
    "Diễn Châu passage -> location Diễn Châu for its four figures. No period (present).",
    "'Năm 2024, Sở dự kiến ... ít nhất 40 lớp cho khoảng 1.200 lao động' -> forecast; '; phấn đấu ... không dưới 80%' -> target (its own cue), at_least.",
]

if __name__ == "__main__":
    write("p1448-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")
