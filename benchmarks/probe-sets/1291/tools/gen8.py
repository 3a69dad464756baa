"""p1291-8: radio/TV site (Đài PT-TH Ninh Bình): rươi season in huyện Kim Sơn, a household, shrinking grounds, jobs, OCOP target."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Kim Sơn: Rươi được mùa, người dân thu hơn 55 tỷ đồng

Cập nhật lúc 18:30, Thứ Hai, 18/11/2024

(NTV) - Vụ rươi năm nay, huyện Kim Sơn có khoảng 230 ha bãi rươi tại các xã ven biển Kim Trung, Kim Hải, Kim Đông. Đến hết tháng 10, các hộ dân đã khai thác được 155 tấn rươi, doanh thu ước hơn 55 tỷ đồng.

Năm nay rươi ra sớm và dày. Gia đình anh Đinh Văn Quý ở xóm 9, xã Kim Trung có 5 sào bãi rươi, mỗi đợt thu từ 40 đến 50 kg; riêng con nước ngày 2/11 được gần 70 kg. Với giá bán tại bãi 370.000 đồng/kg, từ đầu vụ đến nay gia đình anh thu khoảng 180 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện, sản lượng rươi năm nay tăng khoảng 25% so với năm 2023. Tuy nhiên, diện tích bãi rươi đã giảm gần 40 ha so với năm 2020 do chuyển đổi sang nuôi trồng thủy sản và ô nhiễm môi trường. Huyện đã khoanh vùng bảo vệ 3 khu bãi rươi với tổng diện tích 95 ha, nghiêm cấm sử dụng thuốc diệt cỏ trong phạm vi 200 m.

Mùa rươi cũng tạo việc làm cho khoảng 500 lao động địa phương với thu nhập 300.000-500.000 đồng/người/đêm. Huyện phấn đấu đến năm 2026 có ít nhất 2 sản phẩm từ rươi đạt chuẩn OCOP 3 sao trở lên.

Video: Bản tin Thời sự 19h00 ngày 18/11/2024
Bình luận (0) | Chia sẻ
"""

NAY = per("Vụ rươi năm nay", "2024-01-01", "2024-12-31")
ASOF = per("Đến hết tháng 10", None, "2024-10-31")
DAY = per("ngày 2/11", "2024-11-02", "2024-11-02")
SINCE = per("từ đầu vụ đến nay", None, "2024-11-18")
NAY2 = year("năm nay", 2024)
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("thu hơn 55 tỷ", "55", 55e9, "money", "đồng", approx="over", subject="người dân thu"),
    fig("khoảng 230 ha", "230", 230, "measure", "ha", approx="about", subject="diện tích bãi rươi", period=NAY),
    fig("được 155 tấn", "155", 155, "measure", "tấn",
        subject="rươi các hộ dân đã khai thác", period=ASOF),
    fig("ước hơn 55 tỷ", "55", 55e9, "money", "đồng", approx="over", status="estimate",
        subject="doanh thu", period=ASOF),
    fig("có 5 sào", "5", 5, "measure", "sào", subject="bãi rươi của gia đình anh Đinh Văn Quý"),
    fig("từ 40 đến 50 kg", "40", 40, "measure", "kg/đợt", value_max=50, subject="rươi thu mỗi đợt"),
    fig("gần 70 kg", "70", 70, "measure", "kg", approx="nearly", subject="rươi thu được", period=DAY),
    fig("bãi 370.000", "370.000", 370000, "money", "đồng/kg", subject="giá bán rươi tại bãi"),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng", approx="about",
        subject="gia đình anh Đinh Văn Quý thu", period=SINCE),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", subject="sản lượng rươi", period=NAY2),
    fig("gần 40 ha", "40", 40, "measure", "ha", approx="nearly",
        subject="diện tích bãi rươi giảm so với năm 2020"),
    fig("bảo vệ 3 khu", "3", 3, "count", "khu", subject="khu bãi rươi được khoanh vùng bảo vệ"),
    fig("diện tích 95 ha", "95", 95, "measure", "ha", subject="tổng diện tích khu bãi rươi bảo vệ"),
    fig("phạm vi 200 m", "200", 200, "measure", "m", subject="phạm vi cấm sử dụng thuốc diệt cỏ"),
    fig("khoảng 500 lao động", "500", 500, "count", "lao động", approx="about",
        subject="lao động địa phương có việc làm mùa rươi"),
    fig("nhập 300.000-500.000", "300.000", 300000, "money", "đồng/người/đêm", value_max=500000,
        subject="thu nhập lao động mùa rươi"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm từ rươi đạt chuẩn OCOP 3 sao trở lên", period=T26),
]

NOTES = [
    "Radio/TV site (NTV Ninh Bình): menu, 'Cập nhật lúc 18:30, Thứ Hai, 18/11/2024', tag '(NTV) -', video caption, 'Bình luận (0)'.",
    "Distractors: 18:30, 'xóm 9', 'ngày 2/11', 'OCOP 3 sao', 'Bản tin Thời sự 19h00 ngày 18/11/2024', 'Bình luận (0)'.",
    "All figures describe huyện Kim Sơn: location Kim Sơn (Ninh Bình).",
    "Headline 'thu hơn 55 tỷ đồng' is its own figure (actual, no period); body 'doanh thu ước hơn 55 tỷ' -> estimate.",
    "'Đến hết tháng 10' -> as-of 2024-10-31; 'con nước ngày 2/11' -> one-day period; 'từ đầu vụ đến nay' -> start null, end published.",
    "'sản lượng rươi năm nay tăng khoảng 25%' is a growth rate standing as the claim: percent figure, no change.",
    "'diện tích bãi rươi đã giảm gần 40 ha so với năm 2020' likewise states only the decrease: a measure figure (40 ha), no change",
    "object (by analogy with the growth-rate rule).",
    "'mỗi đợt thu từ 40 đến 50 kg' is a rate (kg/đợt); the price 370.000 đồng/kg has no period of its own.",
    "revised after the first run: '230 ha bãi rươi' subject 'bãi rươi' -> 'diện tích bãi rươi', as for the same construction in",
    "p1291-1, -3 and -6 (consistency; the figure stays wrong in the tool's output either way).",
]

if __name__ == "__main__":
    write("p1291-8", TEXT, NOTES, FIGS, published="2024-11-18", location="Kim Sơn")
