"""p1247-2: district portal (huyện Giao Thủy, Nam Định): clam seed (ngao giống) 2024, a cooperative, plan 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIAO THỦY - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Giao Thủy: Sản lượng ngao giống năm 2024 đạt 14,6 tỷ con

18/11/2024 - 08:40

Năm 2024, toàn huyện có 32 cơ sở sản xuất ngao giống nhân tạo với tổng diện tích ương nuôi hơn 210 ha, tập trung ở các xã Giao Xuân, Giao Hải, Bạch Long và thị trấn Quất Lâm. Sản lượng ngao giống cấp 1 đạt 14,6 tỷ con, tăng 1,9 tỷ con so với năm 2023; ngao giống cấp 2 đạt khoảng 5.400 tấn.

Hợp tác xã Nuôi trồng thủy sản Giao Xuân Xanh là đơn vị dẫn đầu với 18 ha ương ngao; năm nay hợp tác xã sản xuất 2,3 tỷ con giống, doanh thu đạt 11,5 tỷ đồng, lợi nhuận gần 3 tỷ đồng. Hợp tác xã có 45 thành viên, tạo việc làm thường xuyên cho ba chục lao động với thu nhập từ 7 đến 9 triệu đồng/người/tháng. Theo ông Trần Văn Quý, Giám đốc hợp tác xã, giá ngao giống cỡ 8.000 con/kg hiện ở mức 65.000 đồng/kg, cao hơn 15% so với cùng kỳ.

Năm 2025, huyện phấn đấu sản lượng ngao giống đạt 16 tỷ con, mở rộng thêm 20-25 ha diện tích ương tại vùng đệm Vườn quốc gia Xuân Thủy. Huyện cũng dự kiến xây dựng 5 mô hình ương giống công nghệ cao với tổng kinh phí khoảng 2,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50%.

Nguồn: Phòng Nông nghiệp và PTNT huyện Giao Thủy

Tin khác:
- Giao Thủy tổ chức Lễ hội Tình biển năm 2024
- Xã Giao Thiện đạt chuẩn nông thôn mới nâng cao

UBND huyện Giao Thủy - Địa chỉ: Số 2 đường Hoàng Văn Thụ, thị trấn Ngô Đồng - Điện thoại: 0228.3895.123
"""

HY = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NN = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("năm 2024 đạt 14,6 tỷ", "14,6", 14.6e9, "count", "con", subject="sản lượng ngao giống", period=HY),
    fig("có 32 cơ sở", "32", 32, "count", "cơ sở", subject="cơ sở sản xuất ngao giống nhân tạo", period=Y24),
    fig("hơn 210 ha", "210", 210, "measure", "ha", approx="over", subject="tổng diện tích ương nuôi", period=Y24),
    fig("cấp 1 đạt 14,6 tỷ", "14,6", 14.6e9, "count", "con",
        change=chg("increase", 1.9e9, "con", "năm 2023"),
        subject="sản lượng ngao giống cấp 1", period=inh(Y24)),
    fig("khoảng 5.400 tấn", "5.400", 5400, "measure", "tấn", approx="about",
        subject="ngao giống cấp 2", period=inh(Y24)),
    fig("với 18 ha", "18", 18, "measure", "ha", subject="diện tích ương ngao của hợp tác xã"),
    fig("sản xuất 2,3 tỷ", "2,3", 2.3e9, "count", "con giống", subject="con giống hợp tác xã sản xuất", period=NN),
    fig("đạt 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=NN),
    fig("gần 3 tỷ", "3", 3e9, "money", "đồng", approx="nearly", subject="lợi nhuận của hợp tác xã", period=NN),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("cho ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động hợp tác xã tạo việc làm thường xuyên"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập của lao động"),
    fig("cỡ 8.000 con/kg", "8.000", 8000, "measure", "con/kg", subject="cỡ ngao giống", optional=True),
    fig("mức 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="giá ngao giống"),
    fig("đạt 16 tỷ", "16", 16e9, "count", "con", status="target", subject="sản lượng ngao giống", period=Y25),
    fig("thêm 20-25 ha", "20", 20, "measure", "ha", value_max=25, status="target",
        subject="diện tích ương mở rộng thêm", period=Y25),
    fig("xây dựng 5 mô hình", "5", 5, "count", "mô hình", status="forecast",
        subject="mô hình ương giống công nghệ cao", period=inh(Y25)),
    fig("khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí xây dựng mô hình ương giống công nghệ cao", period=inh(Y25)),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="tỷ lệ kinh phí ngân sách tỉnh hỗ trợ", period=inh(Y25)),
]

NOTES = [
    "District portal (huyện Giao Thủy, Nam Định): banner, menu, '18/11/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 08:40, 'ngao giống cấp 1', 'cấp 2' (grades), 'Số 2 đường Hoàng Văn Thụ', phone 0228.3895.123, 'năm 2024' in a link.",
    "Location Giao Thủy (a district) for every figure. Headline 14,6 tỷ is its own figure with period 'năm 2024'.",
    "'tăng 1,9 tỷ con so với năm 2023' is a change in con. 'ba chục lao động' = 30. 'năm nay' = 2024 (dateline).",
    "'cỡ 8.000 con/kg' is the size grade of the seed whose price is quoted (a product spec): optional. 'cỡ' here means size, not 'about'.",
    "'Năm 2025 … phấn đấu' governs both clauses (target); 'Huyện cũng dự kiến …' is forecast; the three figures of that sentence",
    "inherit 'Năm 2025' (not scored). 'trong đó ngân sách tỉnh hỗ trợ 50%' is a percent figure of its own (no đạt/chiếm/bằng cue).",
]

if __name__ == "__main__":
    write("p1247-2", TEXT, NOTES, FIGS, published="2024-11-18", location="Giao Thủy")
