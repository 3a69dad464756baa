"""p1435-4: ministry site (Bộ Y tế): national figures on tattoo, cosmetic-tattoo and tattoo-removal services, H1 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Tăng cường quản lý dịch vụ xăm, phun xăm và xóa xăm

20/08/2024 | 15:10 | Cục Quản lý Khám, chữa bệnh

Theo báo cáo của các Sở Y tế, tính đến hết tháng 6/2024, cả nước có khoảng 17.500 cơ sở cung cấp dịch vụ xăm hình, phun xăm thẩm mỹ, nhưng chỉ khoảng 2.300 cơ sở đã được cấp phép, chiếm khoảng 13%.

Trong 6 tháng đầu năm 2024, 61/63 tỉnh, thành phố đã tổ chức kiểm tra, phát hiện 1.245 cơ sở vi phạm, xử phạt tổng số tiền 18,6 tỷ đồng, tăng 34% so với cùng kỳ năm 2023. Các địa phương phát hiện nhiều cơ sở vi phạm nhất là TP Hồ Chí Minh (214 cơ sở), Hà Nội (187 cơ sở) và Đà Nẵng (96 cơ sở).

Cũng trong 6 tháng, Bệnh viện Da liễu Trung ương tiếp nhận 318 ca biến chứng do xăm và xóa xăm không đúng kỹ thuật, Bệnh viện Da liễu TP Hồ Chí Minh tiếp nhận 276 ca. Khoảng 40% trường hợp là người dưới 25 tuổi.

Hiện mới có 12 loại mực xăm được cấp số tiếp nhận phiếu công bố sản phẩm mỹ phẩm, trong khi phần lớn mực xăm trên thị trường là hàng nhập lậu.

Bộ Y tế đề nghị các địa phương rà soát, xử lý nghiêm cơ sở hoạt động không phép theo Công văn số 4812/BYT-KCB. Dự kiến trong quý IV/2024, Bộ sẽ ban hành hướng dẫn chuyên môn về kỹ thuật xóa xăm bằng laser. Mục tiêu đến năm 2026, ít nhất 50% cơ sở xăm hình trên cả nước được cấp phép và 100% mực xăm lưu hành có nguồn gốc rõ ràng.

Tin cùng chuyên mục:
- Hội nghị tập huấn Thông tư 32/2023/TT-BYT
- Bộ Y tế tiếp và làm việc với đoàn công tác WHO

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900.9095
"""

ASOF = per("tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("trong 6 tháng", "2024-01-01", "2024-06-30")
T26 = per("đến năm 2026", None, "2026-12-31")
VIOL = "cơ sở vi phạm"

FIGS = [
    fig("khoảng 17.500 cơ sở", "17.500", 17500, "count", "cơ sở", approx="about",
        subject="cơ sở cung cấp dịch vụ xăm hình, phun xăm thẩm mỹ", period=ASOF),
    fig("khoảng 2.300 cơ sở", "2.300", 2300, "count", "cơ sở", approx="about", percent=13,
        subject="cơ sở dịch vụ xăm hình đã được cấp phép", period=ASOF),
    fig("61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã tổ chức kiểm tra", period=H1),
    fig("phát hiện 1.245 cơ sở", "1.245", 1245, "count", "cơ sở", subject=VIOL, period=H1),
    fig("tiền 18,6 tỷ", "18,6", 18.6e9, "money", "đồng",
        change=chg("increase", 34, "%", "cùng kỳ năm 2023"), subject="tổng số tiền xử phạt", period=H1),
    fig("(214 cơ sở)", "214", 214, "count", "cơ sở", subject=VIOL, period=inh(H1),
        location="TP Hồ Chí Minh"),
    fig("(187 cơ sở)", "187", 187, "count", "cơ sở", subject=VIOL, period=inh(H1), location="Hà Nội"),
    fig("(96 cơ sở)", "96", 96, "count", "cơ sở", subject=VIOL, period=inh(H1), location="Đà Nẵng"),
    fig("tiếp nhận 318 ca", "318", 318, "count", "ca",
        subject="ca biến chứng do xăm và xóa xăm không đúng kỹ thuật Bệnh viện Da liễu Trung ương tiếp nhận",
        period=H1b),
    fig("tiếp nhận 276 ca", "276", 276, "count", "ca",
        subject="ca biến chứng Bệnh viện Da liễu TP Hồ Chí Minh tiếp nhận", period=H1b,
        location="TP Hồ Chí Minh"),
    fig("Khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ người dưới 25 tuổi trong các trường hợp biến chứng", period=inh(H1b)),
    fig("dưới 25 tuổi", "25", 25, "measure", "tuổi", approx="under", optional=True),
    fig("có 12 loại", "12", 12, "count", "loại mực xăm",
        subject="mực xăm được cấp số tiếp nhận phiếu công bố sản phẩm mỹ phẩm"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở xăm hình được cấp phép", period=T26),
    fig("và 100% mực", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ mực xăm lưu hành có nguồn gốc rõ ràng", period=T26),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Quản lý Khám, chữa bệnh): national tattoo / tattoo-removal figures, first half of 2024.",
    "Dateline '20/08/2024 | 15:10'. Distractors: 15:10, Công văn số 4812/BYT-KCB, 'quý IV/2024' (no figure), Thông tư 32/2023/TT-BYT,",
    "WHO, address '138A Giảng Võ', hotline 1900.9095. National figures are Việt Nam; list items take their city as location.",
    "'chiếm khoảng 13%' after 2.300 is its percent; 'nhưng chỉ' is no part-of cue, so no total. 61/63 → total 63.",
    "318 ca of Bệnh viện Da liễu Trung ương: no city is named, the hospital is national → Việt Nam (borderline).",
    "'dưới 25 tuổi' (an age bound) is optional, as in the shared gold ('dưới 5 tuổi'). 'Mục tiêu đến năm 2026' governs both 50% and 100%.",
]

if __name__ == "__main__":
    write("p1435-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
